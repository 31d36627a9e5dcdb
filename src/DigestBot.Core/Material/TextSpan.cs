namespace DigestBot.Core.Material;

/// <summary>A half-open range [Start, End) of UTF-16 indexes into an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int index) => index >= Start && index < End;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start}..{End})";
}
