using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Tells speech from other uses of quotation marks. Titles ("Good Morning America") and scare quotes are
/// short, and nobody is said to have said them; so a short or title-cased quotation counts only with an
/// attribution right next to it (“very close,” as Bessent put it / indicating “serious discussions”), and any
/// unattributed quotation must be long enough to read as speech.
/// </summary>
internal static class SpeechFilter
{
    private const int ShortWords = 3;
    private const int NearCue = 4;
    private static readonly WordSet Naming = new(
        "titled", "entitled", "dubbed", "named", "headlined", "nicknamed", "branded", "labeled", "labelled", "so-called", "billed", "captioned");

    private static readonly WordSet SmallWords = new("of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "de");

    public static bool IsSpeech(TokenizedArticle a, QuoteTokens q, QuotedSpan span, Attribution? attribution)
    {
        var words = 0;
        var capitalised = 0;
        for (var t = q.First; t < q.End; t++)
        {
            if (!a.IsWord(t))
            {
                continue;
            }

            words++;
            if (a.IsCapitalised(t) || a.IsIn(t, SmallWords))
            {
                capitalised++;
            }
        }

        if (words == 0)
        {
            return false;
        }

        // "a spot titled “Dangerous”" names something; "loud jeers and “BERNIE!” chants" modifies a noun.
        if (a.IsIn(q.Open - 1, Naming) || (words <= ShortWords && q.Close >= 0 && a.Text[span.Content.End - 1] is not (',' or '.') && a.IsWord(q.Close + 1) && !a.IsCapitalised(q.Close + 1)
            && !a.IsIn(q.Close + 1, SpeechWords.Verbs) && !a.IsIn(q.Close + 1, GrammarWords.Stops) && !a.IsIn(q.Close + 1, GrammarWords.SubjectPronouns)
            && !a.IsIn(q.Close + 1, GrammarWords.Determiners)))
        {
            return false;
        }

        var titleLike = words <= 6 && capitalised == words && words > 1;
        var near = attribution is { } found && (found.Kind is AttributionKind.After or AttributionKind.Carried || found.Distance <= NearCue);
        var introduced = q.Open > 0 && (a.IsPunctuation(q.Open - 1, ',') || a.IsPunctuation(q.Open - 1, ':'));
        // "CNN’s “New Day,”", "an interview with “Fox and Friends,”", "told “Fox and Friends”": a programme's name.
        var namedAfter = a.IsPossessive(q.Open - 1) || a.IsIn(q.Open - 1, GrammarWords.Prepositions) || a.Is(q.Open - 1, "told");
        if ((titleLike || words <= ShortWords) && namedAfter && !a.Is(q.Open - 1, "as"))
        {
            return false;
        }

        if (titleLike)
        {
            // "Fiorina told “Fox and Friends,”" names a show; “Happy New Year!” he tweeted is speech.
            return attribution is { Kind: AttributionKind.After or AttributionKind.Carried } || (near && introduced);
        }

        if (span.IsSingleMarked)
        {
            return near && words > 1;
        }

        if (words <= ShortWords)
        {
            return near;
        }

        return true;
    }
}
