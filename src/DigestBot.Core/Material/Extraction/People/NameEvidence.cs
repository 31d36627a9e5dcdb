namespace DigestBot.Core.Material.Extraction.People;

/// <summary>Why a capitalised run was taken for a person's name.</summary>
[Flags]
internal enum NameEvidence
{
    None = 0,

    /// <summary>A title stands before it ("Treasury Secretary Scott Bessent").</summary>
    Title = 1,

    /// <summary>An honorific stands before it ("Sen. Cruz", "Mrs. Clinton").</summary>
    Honorific = 2,

    /// <summary>It starts with a common given name ("Mike Waltz").</summary>
    GivenName = 4,

    /// <summary>It is the subject or object of a speech verb ("Trump suggested", "said Cruz").</summary>
    Speech = 8,

    /// <summary>A lone unknown capitalised word used like a name in mid-sentence ("upsetting Zelenskyy.").</summary>
    Lone = 16,
}
