using DigestBot.Core.Replies;
using DigestBot.Host.Console;

namespace DigestBot.Host.Tests.Console;

public sealed class ConsoleRendererTests
{
    [Fact]
    public void Render_TerminalEscapesInArticleText_AreNeutralised()
    {
        var reply = new Reply("Quotes", [new ReplySection(null, null, [new ReplyItem(ReplyItemKind.Quote, "Hi\u001b[2J\u001b]0;pwned\u0007 there", "Someone", null)], [])]);

        var text = ConsoleRenderer.Render(reply);

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("“Hi", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuoteWithSource_ShowsSpeakerAndAnchor()
    {
        var link = new SourceLink("putin", "Title", null, 4);
        var reply = new Reply("Quotes", [new ReplySection("Title", null, [new ReplyItem(ReplyItemKind.Quote, "Words.", "Vladimir Putin", link)], [])]);

        Assert.Contains("“Words.” — Vladimir Putin  [putin#s5]", ConsoleRenderer.Render(reply), StringComparison.Ordinal);
    }
}
