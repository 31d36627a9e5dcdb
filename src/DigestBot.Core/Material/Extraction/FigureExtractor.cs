using DigestBot.Core.Material.Extraction.Figures;
using DigestBot.Core.Material.Extraction.Figures.News;

namespace DigestBot.Core.Material.Extraction;

/// <summary>
/// Finds an article's key figures: counts with their noun, money, percentages (as fractions), poll points,
/// votes, factors, ordinals in a series, ages, durations, measures, ranges and vague quantities, each with its
/// qualifier and a short phrase from its clause saying what it is about. Years are kept as
/// <see cref="FigureKind.Year"/>; dates, clock times, codes and names are skipped. One hand-written pass over
/// the tokens, no regular expressions. Stateless and thread-safe.
/// </summary>
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        using var tokens = TokenStream.Of(text);
        var candidates = NewsFigureScanner.Scan(tokens);
        var figures = new Figure[candidates.Count];
        var sentence = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];
            var span = new TextSpan(tokens[candidate.Start].Start, tokens[candidate.End - 1].End);
            while (sentence + 1 < sentences.Count && sentences[sentence].Span.End <= span.Start)
            {
                sentence++;
            }

            var sentenceSpan = sentences.Count > 0 ? sentences[sentence].Span : new TextSpan(0, text.Length);
            figures[k] = new Figure(
                span,
                span.Slice(text),
                candidate.Value,
                candidate.ValueHigh,
                candidate.Unit,
                candidate.Qualifier,
                candidate.Vague,
                AboutPhrase.For(text, span, sentenceSpan),
                sentences.Count > 0 ? sentence : -1)
            {
                Kind = candidate.Kind,
            };
        }

        return figures;
    }
}
