using DigestBot.Core.Material.Extraction.People;

namespace DigestBot.Core.Material.Extraction.Quotes;

/// <summary>
/// Turns an attribution phrase into a <see cref="SpeakerMention"/>: a known person named in it (surname,
/// title or role), a pronoun resolved to the nearest agreeing person, the owner of a statement or post
/// ("Trump’s remarks"), or else the phrase itself ("a spokesman for the campaign", "the statement").
/// </summary>
internal sealed class SpeakerResolver(TokenizedArticle article, MentionIndex index, IReadOnlyList<Person> people)
{
    private static readonly WordSet Cut = new("of", "for", "at", "with", "from", "who", "which");

    public SpeakerMention Resolve(Attribution attribution, out bool wantsOwner)
    {
        wantsOwner = false;
        var (first, end) = (attribution.First, attribution.End);
        var span = new TextSpan(article.Tokens[first].Start, article.Tokens[end - 1].End - (article.IsPossessive(end - 1) ? 2 : 0));
        var text = span.Slice(article.Text);
        if (end - first == 1 && article.IsIn(first, GrammarWords.SubjectPronouns))
        {
            var gender = article.IsIn(first, GrammarWords.MalePronouns) ? Gender.Male
                : article.IsIn(first, GrammarWords.FemalePronouns) ? Gender.Female : Gender.Unknown;
            var person = gender == Gender.Unknown ? -1 : index.ResolvePronoun(first, gender);
            return new SpeakerMention(person >= 0 ? people[person].Name : text, span, text);
        }

        var core = first;
        while (core < end && !article.IsIn(core, Cut))
        {
            core++;
        }

        var head = core - 1;
        if (index.Within(first, core) is { } mention)
        {
            var owned = article.IsPossessive(mention.End - 1) && (mention.End < core || article.IsIn(head, SpeechWords.Media));
            if (!owned)
            {
                return new SpeakerMention(people[mention.Person].Name, span, text);
            }

            if (article.IsIn(head, SpeechWords.Media))
            {
                // "Trump’s remarks": the owner is the speaker; the mention is the name without its ending.
                var name = new TextSpan(article.Tokens[mention.First].Start, article.Tokens[mention.End - 1].End - 2);
                return new SpeakerMention(people[mention.Person].Name, name, name.Slice(article.Text));
            }
        }
        else if (article.IsIn(head, SpeechWords.Media))
        {
            // "his statement": the owner speaks; "a Truth Social post": ask the caller for the sentence's subject.
            for (var t = first; t < head; t++)
            {
                if (article.IsIn(t, GrammarWords.MalePronouns) || article.IsIn(t, GrammarWords.FemalePronouns))
                {
                    var person = index.ResolvePronoun(t, article.IsIn(t, GrammarWords.MalePronouns) ? Gender.Male : Gender.Female);
                    if (person >= 0)
                    {
                        return new SpeakerMention(people[person].Name, span, text);
                    }
                }
            }

            wantsOwner = true;
        }

        return new SpeakerMention(Normalise(text), span, text);
    }

    /// <summary>Whether the phrase names one of the article's people (not just a description).</summary>
    public bool NamesPerson(Attribution attribution) => index.Within(attribution.First, attribution.End) is not null;

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
