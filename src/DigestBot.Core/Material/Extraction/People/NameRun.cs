namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// A capitalised run read as a name: the name's tokens [First, End) (a possessive ending on the last one is
/// not part of the name), the first token of a title before it (-1 if none) and the evidence found.
/// </summary>
internal readonly record struct NameRun(int First, int End, int TitleFirst, NameEvidence Evidence)
{
    public int Length => End - First;

    public bool IsPerson => (Evidence & (NameEvidence.Title | NameEvidence.Honorific | NameEvidence.GivenName | NameEvidence.Speech)) != 0
        || (Evidence == NameEvidence.Lone && Length == 1);
}
