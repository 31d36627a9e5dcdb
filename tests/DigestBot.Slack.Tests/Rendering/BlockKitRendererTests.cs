using DigestBot.Core.Replies;
using DigestBot.Slack.Json;
using DigestBot.Slack.Rendering;

namespace DigestBot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private static readonly SourceLink Source = new("putin-rare-earths", "Putin Signals Openness", new Uri("https://news.example/a?x=1&y=2"), 4);

    private static Reply Quotes(IEnumerable<string> texts, string? detail = "Vladimir Putin") =>
        new("Quotes by Vladimir Putin", [new ReplySection("Putin Signals Openness", null, [.. texts.Select(t => new ReplyItem(ReplyItemKind.Quote, t, detail, Source))], [])])
        {
            Footer = "6 quotes",
        };

    private static IEnumerable<string> AllTexts(SlackMessage message) =>
        message.Blocks.SelectMany(b => new[] { b.Text }.Concat(b.Fields ?? []).Concat(b.Elements ?? []))
            .OfType<SlackText>()
            .Select(t => t.Text)
            .Append(message.Text);

    private static void AssertWithinLimits(IReadOnlyList<SlackMessage> messages)
    {
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            Assert.InRange(message.Blocks.Count, 1, BlockKitLimits.BlocksPerMessage);
            Assert.InRange(message.Text.Length, 1, BlockKitLimits.FallbackText);
            foreach (var block in message.Blocks)
            {
                switch (block.Type)
                {
                    case "header":
                        Assert.Equal(SlackText.Plain, block.Text!.Type);
                        Assert.InRange(block.Text.Text.Length, 1, BlockKitLimits.HeaderText);
                        break;
                    case "section" when block.Fields is { } fields:
                        Assert.InRange(fields.Count, 1, BlockKitLimits.FieldsPerSection);
                        Assert.All(fields, f => Assert.InRange(f.Text.Length, 1, BlockKitLimits.FieldText));
                        break;
                    case "section":
                        Assert.InRange(block.Text!.Text.Length, 1, BlockKitLimits.SectionText);
                        break;
                    case "context":
                        Assert.InRange(block.Elements!.Count, 1, BlockKitLimits.ContextElements);
                        Assert.All(block.Elements, e => Assert.InRange(e.Text.Length, 1, BlockKitLimits.ContextText));
                        break;
                    default:
                        Assert.Fail($"unexpected block {block.Type}");
                        break;
                }
            }
        }
    }

    [Fact]
    public void Render_ShortReply_OneMessageWithHeaderItemsAndFooter()
    {
        var messages = BlockKitRenderer.Render(Quotes(["We welcome collaboration.", "There’s much to consider."]));

        var message = Assert.Single(messages);
        AssertWithinLimits(messages);
        Assert.Equal(["header", "section", "section", "context"], message.Blocks.Select(b => b.Type));
        Assert.Equal("Quotes by Vladimir Putin", message.Blocks[0].Text!.Text);
        Assert.Contains("“We welcome collaboration.”", message.Blocks[2].Text!.Text, StringComparison.Ordinal);
        Assert.Contains("<https://news.example/a?x=1&amp;y=2|putin-rare-earths#s5>", message.Blocks[2].Text!.Text, StringComparison.Ordinal);
        Assert.StartsWith("Quotes by Vladimir Putin\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("We welcome collaboration.", message.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!channel> wake up")]
    [InlineData("<!here>")]
    [InlineData("<!everyone>")]
    [InlineData("ping <@U123> and <#C123>")]
    [InlineData("<http://x|y>")]
    [InlineData("<!subteam^S123|@team>")]
    public void Render_ControlSequencesInArticleText_AreEscapedEverywhere(string hostile)
    {
        var reply = new Reply(hostile, [new ReplySection(hostile, hostile, [new ReplyItem(ReplyItemKind.Quote, hostile, hostile, Source)], [new ReplyField(hostile, hostile)])])
        {
            Footer = hostile,
        };

        var messages = BlockKitRenderer.Render(reply);

        AssertWithinLimits(messages);
        foreach (var text in messages.SelectMany(AllTexts))
        {
            Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<@", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<#", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<http://x", text, StringComparison.Ordinal);
        }

        Assert.Contains(Mrkdwn.Escape(hostile), messages[0].Blocks[0].Text!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Ampersands_EscapedOnceNotTwice()
    {
        var messages = BlockKitRenderer.Render(Reply.Text("AT&T & <co>", "Profits &amp; losses"));

        Assert.Equal("AT&amp;T &amp; &lt;co&gt;", messages[0].Blocks[0].Text!.Text);
        Assert.Equal("Profits &amp;amp; losses", messages[0].Blocks[1].Text!.Text);
    }

    [Fact]
    public void Render_TenThousandCharacterQuote_SplitAtWordsWithinSectionLimit()
    {
        var words = Enumerable.Range(0, 2000).Select(i => i % 7 == 0 ? "R&D" : "word" + i);
        var quote = string.Join(' ', words);
        Assert.True(quote.Length > 10_000);

        var messages = BlockKitRenderer.Render(Quotes([quote]));

        AssertWithinLimits(messages);
        var sections = messages.SelectMany(m => m.Blocks).Where(b => b.Type == "section").Skip(1).Select(b => b.Text!.Text).ToList();
        Assert.True(sections.Count >= 4);
        var lines = string.Join('\n', sections).Split('\n');
        foreach (var line in lines)
        {
            // Each piece ends at a whole word: never "wor" or a cut entity like "&am".
            Assert.Matches(@"(word\d+|R&amp;D)(” — _Vladimir Putin_ · <[^>]+>| …)$", line);
        }

        var rejoined = string.Concat(lines.Select(l => l.TrimStart('•', ' ', '“')));
        foreach (var word in words.Distinct().Take(50))
        {
            Assert.Contains(Mrkdwn.Escape(word), rejoined, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_TwoHundredItems_SplitsIntoMessagesWithinFiftyBlocksAndKeepsEveryItem()
    {
        var texts = Enumerable.Range(1, 200).Select(i => $"Quote number {i} says something long enough to matter, {new string('x', 120)} end{i}.").ToList();

        var messages = BlockKitRenderer.Render(Quotes(texts));

        AssertWithinLimits(messages);
        Assert.True(messages.Count > 1);
        Assert.EndsWith("(continued)", messages[1].Blocks[0].Text!.Text, StringComparison.Ordinal);
        var all = string.Join('\n', messages.SelectMany(m => m.Blocks).Where(b => b.Type == "section").Select(b => b.Text!.Text));
        Assert.All(texts, t => Assert.Contains(t, all, StringComparison.Ordinal));
        Assert.Equal("context", messages[^1].Blocks[^1].Type);
        Assert.DoesNotContain(messages.Take(messages.Count - 1), m => m.Blocks.Any(b => b.Type == "context"));
    }

    [Fact]
    public void Render_ManyLongSections_NeverMoreThanFiftyBlocks()
    {
        var sections = Enumerable.Range(0, 120).Select(i => new ReplySection($"Heading {i}", $"Lead {i}", [], [])).ToList();

        var messages = BlockKitRenderer.Render(new Reply("Sources", sections));

        AssertWithinLimits(messages);
        Assert.Equal(240, messages.Sum(m => m.Blocks.Count - 1));
    }

    [Fact]
    public void Render_TwentyFiveLongFields_TenPerSectionEachWithinLimit()
    {
        var fields = Enumerable.Range(0, 25).Select(i => new ReplyField($"Source {i} <&>", new string('&', 900))).ToList();

        var messages = BlockKitRenderer.Render(new Reply("Sources", [new ReplySection(null, null, [], fields)]));

        AssertWithinLimits(messages);
        var fieldBlocks = messages.SelectMany(m => m.Blocks).Where(b => b.Fields is not null).ToList();
        Assert.Equal([10, 10, 5], fieldBlocks.Select(b => b.Fields!.Count));
        Assert.All(fieldBlocks.SelectMany(b => b.Fields!), f => Assert.EndsWith("…", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_HugeTitleAndFooter_TruncatedAtWordsWithEllipsis()
    {
        var title = string.Join(' ', Enumerable.Repeat("Headline&", 40));

        var messages = BlockKitRenderer.Render(new Reply(title, [new ReplySection(null, "x", [], [])]) { Footer = string.Join(' ', Enumerable.Repeat("footer", 1000)) });

        AssertWithinLimits(messages);
        var header = messages[0].Blocks[0].Text!.Text;
        Assert.EndsWith("Headline&amp;…", header, StringComparison.Ordinal);
        Assert.EndsWith("footer…", messages[0].Blocks[^1].Elements![0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReply_StillAValidMessage()
    {
        var messages = BlockKitRenderer.Render(new Reply("", []));

        AssertWithinLimits(messages);
        Assert.Equal("DigestBot", messages[0].Text);
    }

    [Fact]
    public void Render_ItemWithoutUrl_ShowsAnchorAsCode()
    {
        var item = new ReplyItem(ReplyItemKind.Figure, "2 million tons", "aluminum", new SourceLink("a", "A", null, 0));

        var messages = BlockKitRenderer.Render(new Reply("Figures", [new ReplySection(null, null, [item], [])]));

        Assert.Equal("• *2 million tons* — _aluminum_ · `a#s1`", messages[0].Blocks[1].Text!.Text);
    }

    [Fact]
    public void Render_UrlWithPipeOrJavascriptScheme_NeverBreaksTheLink()
    {
        var piped = new ReplyItem(ReplyItemKind.Story, "Story", null, new SourceLink("s", "S", new Uri("https://news.example/a|b"), 0));
        var script = new ReplyItem(ReplyItemKind.Story, "Story", null, new SourceLink("s", "S", new Uri("javascript:alert(1)"), 0));

        var messages = BlockKitRenderer.Render(new Reply("Stories", [new ReplySection(null, null, [piped, script], [])]));

        var text = messages[0].Blocks[1].Text!.Text;
        Assert.Contains("<https://news.example/a%7Cb|s#s1>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", text, StringComparison.Ordinal);
    }
}
