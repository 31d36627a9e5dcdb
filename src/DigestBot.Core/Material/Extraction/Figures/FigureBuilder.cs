using System.Globalization;

namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Builds <see cref="RecognizedFigure"/>s from token matches and renders values as the specs write them.</summary>
internal static class FigureBuilder
{
    public static TextSpan Span(TokenStream s, int startToken, int endToken) => new(s[startToken].Start, s[endToken - 1].End);

    public static RecognizedFigure Number(TokenStream s, NumberMatch match) =>
        new(Span(s, match.Start, match.End), FigureKind.Number, match.Value, null, Format(match.Value));

    public static string Format(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    public static string Interval(double? low, bool lowInclusive, double? high, bool highInclusive) =>
        (lowInclusive ? "[" : "(") + (low is { } l ? Format(l) : "") + "," + (high is { } h ? Format(h) : "") + (highInclusive ? "]" : ")");
}
