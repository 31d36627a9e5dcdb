using DigestBot.Core.Replies;
using DigestBot.Discord.Json;
using DigestBot.Discord.Rendering;

namespace DigestBot.Discord.Tests.Rendering;

public sealed class DiscordRendererTests
{
    private static readonly SourceLink Source = new("putin-rare-earths", "Putin on rare earths", new Uri("https://example.com/news/putin"), 4);

    [Fact]
    public void Render_ShortReply_OneMessageWithTitleFooterAndNoMentions()
    {
        var reply = new Reply("Quotes by Vladimir Putin", [new ReplySection("Putin on rare earths", null, [Quote("We welcome collaboration.")], [])]) { Footer = "1 quote" };

        var messages = DiscordRenderer.Render(reply);

        var message = Assert.Single(messages);
        LimitAssert.WithinLimits(messages);
        var embed = Assert.Single(message.Embeds!);
        Assert.Equal("Quotes by Vladimir Putin", embed.Title);
        Assert.Contains("> “We welcome collaboration.”", embed.Description, StringComparison.Ordinal);
        Assert.Contains("— **Vladimir Putin**", embed.Description, StringComparison.Ordinal);
        Assert.Contains("(<https://example.com/news/putin>)", embed.Description, StringComparison.Ordinal);
        Assert.Equal("1 quote", embed.Footer?.Text);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Render_EphemeralReply_SetsFlag64OnEveryMessage()
    {
        var reply = new Reply("Help", [new ReplySection(null, new string('x', 30) + string.Concat(Enumerable.Repeat(" word", 3000)), [], [])]) { Ephemeral = true };

        var messages = DiscordRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.Equal(MessageFlags.Ephemeral, m.Flags));
    }

    [Fact]
    public void Render_TenThousandCharacterQuote_SplitsBetweenWordsWithinLimits()
    {
        var words = Enumerable.Range(0, 2000).Select(i => $"w{i:D4}").ToArray();
        var reply = new Reply("Long", [new ReplySection(null, null, [Quote(string.Join(' ', words))], [])]);

        var messages = DiscordRenderer.Render(reply);

        LimitAssert.WithinLimits(messages);
        var text = LimitAssert.AllText(messages);

        // Every word survives whole, in order: no cut fell inside one.
        var position = 0;
        foreach (var word in words)
        {
            position = text.IndexOf(word, position, StringComparison.Ordinal);
            Assert.True(position >= 0, $"{word} missing or out of order");
        }

        Assert.Equal(1, Count(text, "“"));
        Assert.Equal(1, Count(text, "”"));
        Assert.Equal(1, Count(text, "— **Vladimir Putin**"));
    }

    [Fact]
    public void Render_TenThousandCharactersWithoutSpaces_CutsOnlyWhereItMust()
    {
        var reply = new Reply("W", [new ReplySection(null, null, [Quote(new string('q', 10_000))], [])]);

        var messages = DiscordRenderer.Render(reply);

        LimitAssert.WithinLimits(messages);
        Assert.Equal(10_000, LimitAssert.AllText(messages).Count(c => c == 'q'));
    }

    [Fact]
    public void Render_HundredItems_AllPresentInOrderWithinLimits()
    {
        var items = Enumerable.Range(1, 100).Select(i => Quote($"Quote number {i:D3} says something about aluminum and rare earths at some length.")).ToArray();
        var reply = new Reply("Many", [new ReplySection("Section", "Lead text.", items, [])]) { Footer = "100 quotes" };

        var messages = DiscordRenderer.Render(reply);

        LimitAssert.WithinLimits(messages);
        var text = LimitAssert.AllText(messages);
        var position = 0;
        for (var i = 1; i <= 100; i++)
        {
            position = text.IndexOf($"Quote number {i:D3}", position, StringComparison.Ordinal);
            Assert.True(position >= 0, $"item {i} missing or out of order");
        }

        Assert.Equal("100 quotes", messages[^1].Embeds![^1].Footer?.Text);
        Assert.Equal(1, messages.SelectMany(m => m.Embeds!).Count(e => e.Footer is not null));
    }

    [Fact]
    public void Render_ManyLongFields_SplitsAcrossEmbedsAndMessages()
    {
        var fields = Enumerable.Range(1, 60).Select(i => new ReplyField($"Source {i}", string.Join(' ', Enumerable.Repeat($"detail{i}", 150)))).ToArray();
        var reply = new Reply("Sources", [new ReplySection(null, null, [], fields)]);

        var messages = DiscordRenderer.Render(reply);

        LimitAssert.WithinLimits(messages);
        var names = messages.SelectMany(m => m.Embeds!).SelectMany(e => e.Fields ?? []).Select(f => f.Name).ToList();
        Assert.Contains("Source 60", names);
        Assert.Contains("Source 1 (cont.)", names);
    }

    [Theory]
    [InlineData("@everyone look", "@\u200Beveryone look")]
    [InlineData("hi @here", "hi @\u200Bhere")]
    [InlineData("ping <@123> and <@&456> and <#789>", "ping \\<@\u200B123\\> and \\<@\u200B&456\\> and \\<\\#789\\>")]
    [InlineData("**bold** __under__ ~~strike~~ `code` ||spoiler||", "\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~strike\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("[click](https://evil.example)", "\\[click\\]\\(https:\u200B//evil.example\\)")]
    [InlineData("see https://evil.example/x now", "see https:\u200B//evil.example/x now")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("> quoted", "\\> quoted")]
    [InlineData("- item", "\\- item")]
    [InlineData("-# subtext", "\\-\\# subtext")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("in 2017. Then", "in 2017. Then")]
    public void Render_ArticleTextWithMarkup_IsEscaped(string text, string escaped)
    {
        var reply = new Reply("T", [new ReplySection(null, text, [], [new ReplyField("Name", text)])]);

        var messages = DiscordRenderer.Render(reply);

        Assert.Equal(escaped, messages[0].Embeds![0].Description);
        Assert.Equal(escaped, messages[0].Embeds![0].Fields![0].Value);
        Assert.Empty(messages[0].AllowedMentions.Parse);
    }

    [Fact]
    public void Render_EmptyReply_StillValid()
    {
        var messages = DiscordRenderer.Render(new Reply("", []));

        LimitAssert.WithinLimits(messages);
    }

    [Fact]
    public void Render_ErrorReply_IsEphemeralAndRed()
    {
        var messages = DiscordRenderer.Render(Reply.Error("Speaker not found", "Nobody called “X”.", "Try /speakers"));

        var message = Assert.Single(messages);
        Assert.Equal(MessageFlags.Ephemeral, message.Flags);
        Assert.Equal(0xED4245, message.Embeds![0].Color);
    }

    [Fact]
    public void Render_OverlongTitleAndHeading_ClippedAtWordWithEllipsis()
    {
        var title = string.Join(' ', Enumerable.Repeat("headline", 100));
        var reply = new Reply(title, [new ReplySection(title, "text", [], [])]);

        var messages = DiscordRenderer.Render(reply);

        LimitAssert.WithinLimits(messages);
        var embed = messages[0].Embeds![0];
        Assert.EndsWith("headline…", embed.Title, StringComparison.Ordinal);
    }

    private static ReplyItem Quote(string text) => new(ReplyItemKind.Quote, text, "Vladimir Putin", Source);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
