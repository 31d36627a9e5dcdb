using DigestBot.Slack.Rendering;

namespace DigestBot.Slack.Tests.Rendering;

public sealed class TextChunkerTests
{
    [Fact]
    public void Split_ShortText_OnePiece() => Assert.Equal(["hello world"], TextChunker.Split("hello world", 100));

    [Fact]
    public void Split_AtWhiteSpace_NeverMidWord() =>
        Assert.Equal(["alpha beta", "gamma delta"], TextChunker.Split("alpha beta gamma delta", 11));

    [Fact]
    public void Split_CountsEscapedLength()
    {
        // "a&b" is 7 characters once escaped ("a&amp;b"), so two of them do not fit in 10.
        var pieces = TextChunker.Split("a&b a&b", 10).ToList();

        Assert.Equal(["a&b", "a&b"], pieces);
        Assert.All(pieces, p => Assert.True(Mrkdwn.EscapedLength(p) <= 10));
    }

    [Fact]
    public void Split_WordLongerThanLimit_CutInsideButNotInsideAnEscape()
    {
        var pieces = TextChunker.Split(new string('<', 12), 10).ToList();

        Assert.Equal(["<<", "<<", "<<", "<<", "<<", "<<"], pieces);
    }

    [Fact]
    public void Split_SurrogatePairs_StayWhole()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 10));

        var pieces = TextChunker.Split(emoji, 5).ToList();

        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(emoji, string.Concat(pieces));
    }

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisAtWordWithinLimit()
    {
        var result = TextChunker.Truncate("one two three four", 12);

        Assert.Equal("one two…", result);
    }

    [Fact]
    public void Escape_OnlyTheThreeControlCharacters() =>
        Assert.Equal("&lt;b&gt; &amp; \"q\" 'a' *bold*", Mrkdwn.Escape("<b> & \"q\" 'a' *bold*"));
}
