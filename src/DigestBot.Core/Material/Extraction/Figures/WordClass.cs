namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>The grammatical role of a number word in a spelled-out number ("two hundred and five").</summary>
internal enum WordClass : byte
{
    None,
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Half,
    Quarter,
}
