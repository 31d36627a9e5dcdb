namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// Finds the title written before a name ("Treasury Secretary", "Secretary of State", "White House national
/// security advisor") by walking left over capitalised words, title vocabulary and inner connectors; a title
/// must contain a head word ("Secretary", "advisor"), so "the Oval Office" before a name is not one.
/// </summary>
internal static class TitlePhrase
{
    private const int LongestTitle = 8;
    private static readonly WordSet Connectors = new("of", "to", "the", "for", "on");
    private static readonly WordSet NotTitles = new("mr", "mrs", "ms", "miss");

    /// <summary>The first token of the title before <paramref name="nameFirst"/>, or -1 when there is none.</summary>
    public static int Find(TokenizedArticle article, int nameFirst)
    {
        var j = nameFirst - 1;
        if (article.IsPunctuation(j, '.') && article.IsIn(j - 1, Honorifics.All))
        {
            j--; // "Sen." — the dot belongs to the honorific
        }

        var first = -1;
        var hasHead = false;
        for (var steps = 0; j >= 0 && steps < LongestTitle && article.SameParagraph(j, nameFirst); j--, steps++)
        {
            if (!article.IsWord(j) || article.Tokens[j].InQuote != article.Tokens[nameFirst].InQuote)
            {
                break;
            }

            var lower = !article.IsCapitalised(j);
            if (article.IsIn(j, Connectors))
            {
                if (first < 0 || lower is false)
                {
                    break;
                }

                continue; // kept only if a title word lies further left
            }

            if (lower && !article.IsIn(j, TitleWords.Heads) && !article.IsIn(j, TitleWords.Modifiers))
            {
                break;
            }

            if (!lower && article.StartsSentence(j) && (article.IsIn(j, GrammarWords.Stops) || article.IsIn(j, GrammarWords.Determiners)))
            {
                break;
            }

            if (!lower && j + 1 < nameFirst && article.IsPossessive(j) && first < 0)
            {
                break; // "Putin’s Yuri Ushakov" is not a title
            }

            hasHead |= article.IsIn(j, TitleWords.Heads) || (article.IsIn(j, Honorifics.All) && !article.IsIn(j, NotTitles));
            first = j;
            if (article.StartsSentence(j))
            {
                break;
            }
        }

        return hasHead ? first : -1;
    }
}
