namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>A unit found in a token stream: tokens [Start, End) and which alias matched.</summary>
internal readonly record struct UnitMatch(int Start, int End, UnitAlias Alias)
{
    public UnitDefinition Unit => Alias.Unit;
}
