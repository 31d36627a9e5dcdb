using System.Runtime.InteropServices;
using DigestBot.Core.Material.Extraction.Quotes;

namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// An article as tokens with its quotations marked, shared by the people and quote rules: built once per
/// extractor, read by token index. Tokens inside a quotation carry <see cref="Token.InQuote"/>; the marks of
/// a quotation become <see cref="TokenKind.QuoteOpen"/> and <see cref="TokenKind.QuoteClose"/> tokens.
/// </summary>
internal sealed class TokenizedArticle
{
    private static readonly WordSet Abbreviations = new(
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "st",
        "jr", "sr", "rev", "hon", "pres", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "mt", "ft", "approx", "dept", "adm", "gov't");

    // ArticleParser runs the people and the quote extractors on the same text and sentence list, one after the
    // other on one thread; keeping the last build per thread lets the second reuse it (about a third of their time).
    [ThreadStatic]
    private static TokenizedArticle? _last;

    private readonly bool[] _sentenceStart;
    private readonly ulong[] _masks;
    private readonly WordClasses _classes = WordClasses.Current;
    private readonly IReadOnlyList<Sentence> _sentences;

    // The token list is handed on to the next article built on this thread, as _last is then replaced and
    // nothing else keeps an article beyond the extractor call that built it: tokenizing allocates nothing.
    private readonly List<Token> _tokens;

    // The same tokens in a plain array (read for every rule, and a span over an array is the cheapest to index).
    private readonly Token[] _items;
    private readonly int _count;

    private TokenizedArticle(string text, List<Token> tokens, Token[] items, ulong[] masks, IReadOnlyList<TextSpan> paragraphs, int[] paragraphFirstToken,
        List<QuotedSpan> quotes, QuoteTokens[] quoteTokens, bool[] sentenceStart, IReadOnlyList<Sentence> sentences)
    {
        _sentences = sentences;
        Text = text;
        _tokens = tokens;
        _items = items;
        _count = tokens.Count;
        Paragraphs = paragraphs;
        ParagraphFirstToken = paragraphFirstToken;
        Quotes = quotes;
        QuoteTokens = quoteTokens;
        _sentenceStart = sentenceStart;
        _masks = masks;
    }

    public string Text { get; }

    public ReadOnlySpan<Token> Tokens => new(_items, 0, _count);

    public IReadOnlyList<TextSpan> Paragraphs { get; }

    /// <summary>The first token of each paragraph, with one extra entry: the token count.</summary>
    public int[] ParagraphFirstToken { get; }

    public List<QuotedSpan> Quotes { get; }

    public QuoteTokens[] QuoteTokens { get; }

    public int Count => _count;

    public static TokenizedArticle Build(string text, IReadOnlyList<Sentence> sentences)
    {
        if (_last is { } last && ReferenceEquals(last.Text, text) && ReferenceEquals(last._sentences, sentences))
        {
            return last;
        }

        var paragraphs = ParagraphSpans(sentences);
        var quotes = QuoteScanner.Scan(text, paragraphs);
        var list = _last?._tokens ?? new List<Token>(text.Length / 4);
        list.Clear();
        var masks = _last?._masks;
        var items = _last?._items;
        var sentenceStart = _last?._sentenceStart;
        _last = null;
        var firstToken = new int[paragraphs.Count + 1];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            firstToken[p] = list.Count;
            Tokenizer.Tokenize(text, paragraphs[p], p, list);
        }

        firstToken[paragraphs.Count] = list.Count;
        var tokens = CollectionsMarshal.AsSpan(list);
        var quoteTokens = MarkQuotes(tokens, quotes);
        if (sentenceStart is null || sentenceStart.Length < list.Count)
        {
            sentenceStart = new bool[Math.Max(list.Count, sentenceStart?.Length * 2 ?? 0)];
        }
        else
        {
            Array.Clear(sentenceStart, 0, list.Count);
        }

        MarkSentenceStarts(tokens, sentences, quotes, quoteTokens, sentenceStart);
        if (masks is null || masks.Length < list.Count)
        {
            masks = new ulong[Math.Max(list.Count, masks?.Length * 2 ?? 0)];
        }
        else
        {
            Array.Clear(masks, 0, list.Count);
        }

        if (items is null || items.Length < list.Count)
        {
            items = new Token[Math.Max(list.Count, items?.Length * 2 ?? 0)];
        }

        tokens.CopyTo(items);
        _last = new TokenizedArticle(text, list, items, masks, paragraphs, firstToken, quotes, quoteTokens, sentenceStart, sentences);
        return _last;
    }

    public ReadOnlySpan<char> Span(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].Length);

    /// <summary>The word without a possessive ending: "Putin’s" → "Putin", "voters’" stays.</summary>
    public ReadOnlySpan<char> Stem(int t)
    {
        var span = Span(t);
        return IsPossessive(t) ? span[..^2] : span;
    }

    public bool IsPossessive(int t)
    {
        if (!IsWord(t))
        {
            return false;
        }

        var span = Span(t);
        return span.Length > 2 && span[^1] is 's' && span[^2] is '’' or '\'';
    }

    public bool IsWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].IsWord;

    public bool Is(int t, string word) => IsWord(t) && Span(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsIn(int t, WordSet set)
    {
        if (!IsWord(t))
        {
            return false;
        }

        if ((_classes.Known & set.Bit) == 0)
        {
            return set.Contains(Span(t)); // a set registered after this article was built
        }

        // Each word is looked up once, on first use, for every set at the same time.
        var mask = _masks[t];
        if (mask == 0)
        {
            mask = _classes.MaskOf(Span(t));
            _masks[t] = mask;
        }

        return (mask & set.Bit) != 0;
    }

    public bool IsPunctuation(int t, char c) =>
        t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Punctuation && Text[Tokens[t].Start] == c;

    public bool IsCapitalised(int t) => IsWord(t) && char.IsUpper(Text[Tokens[t].Start]);

    /// <summary>True for the first word of a sentence (or of a quotation), where capitals say nothing.</summary>
    public bool StartsSentence(int t) => new ReadOnlySpan<bool>(_sentenceStart, 0, _count)[t];

    public bool SameParagraph(int a, int b) => Tokens[a].Paragraph == Tokens[b].Paragraph;

    /// <summary>A full stop, question or exclamation mark that ends a sentence (not "Sen." or "U.S.").</summary>
    public bool EndsSentence(int t)
    {
        if (t < 0 || t >= Tokens.Length || Tokens[t].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = Text[Tokens[t].Start];
        if (c is '!' or '?')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        if (IsPunctuation(t + 1, ')') || IsPunctuation(t + 1, ',') || (IsWord(t + 1) && char.IsLower(Text[Tokens[t + 1].Start])))
        {
            return false; // "(D-Conn.), who …", "Inc. said": a full stop inside the sentence
        }

        var previous = t - 1;
        if (!IsWord(previous) || Tokens[previous].End != Tokens[t].Start)
        {
            return true;
        }

        var word = Span(previous);
        var abbreviation = (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.') || Abbreviations.Contains(word);
        return !abbreviation || !IsWord(t + 1) || !SameParagraph(previous, t + 1);
    }

    public string Slice(int first, int end) => Text[Tokens[first].Start..Tokens[end - 1].End];

    private static List<TextSpan> ParagraphSpans(IReadOnlyList<Sentence> sentences)
    {
        var paragraphs = new List<TextSpan>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (sentence.Paragraph == paragraphs.Count)
            {
                paragraphs.Add(sentence.Span);
            }
            else
            {
                paragraphs[^1] = paragraphs[^1] with { End = sentence.Span.End };
            }
        }

        return paragraphs;
    }

    private static QuoteTokens[] MarkQuotes(Span<Token> tokens, List<QuotedSpan> quotes)
    {
        var result = new QuoteTokens[quotes.Count];
        var t = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            while (t < tokens.Length && tokens[t].Start < quote.OpenMark)
            {
                t++;
            }

            var open = t < tokens.Length && tokens[t].Start == quote.OpenMark ? t : -1;
            if (open >= 0)
            {
                tokens[open] = tokens[open] with { Kind = TokenKind.QuoteOpen };
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].End <= quote.Content.End)
            {
                tokens[t] = tokens[t] with { InQuote = true };
                t++;
            }

            var end = t;
            while (t < tokens.Length && quote.CloseMark >= 0 && tokens[t].Start < quote.CloseMark)
            {
                t++;
            }

            var close = quote.CloseMark >= 0 && t < tokens.Length && tokens[t].Start == quote.CloseMark ? t : -1;
            if (close >= 0)
            {
                tokens[close] = tokens[close] with { Kind = TokenKind.QuoteClose };
            }

            result[q] = new QuoteTokens(open, first, end, close);
        }

        return result;
    }

    // Marks into starts, cleared for these tokens (it is handed on from article to article like the masks).
    private static void MarkSentenceStarts(ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, List<QuotedSpan> quotes, QuoteTokens[] quoteTokens, bool[] starts)
    {
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Length && tokens[t].Start < sentence.Span.Start)
            {
                t++;
            }

            // The first word, past any opening marks or brackets.
            var w = t;
            while (w < tokens.Length && !tokens[w].IsWord && tokens[w].Start < sentence.Span.End)
            {
                w++;
            }

            if (w < tokens.Length)
            {
                starts[w] = true;
            }
        }

        for (var q = 0; q < quotes.Count; q++)
        {
            if (quoteTokens[q].First < quoteTokens[q].End)
            {
                starts[quoteTokens[q].First] = true;
            }
        }
    }
}
