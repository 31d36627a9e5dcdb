namespace DigestBot.Core.Material.Extraction.People;

/// <summary>
/// A mention of a known person: name tokens [First, End), the person's index, the first token of a title
/// written before the name (-1 if none), and whether it is a role ("the president") rather than a name.
/// </summary>
internal readonly record struct PersonMention(int First, int End, int Person, int TitleFirst, bool IsRole);
