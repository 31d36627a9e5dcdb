namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// One way of writing a unit, as the token texts it consists of ("km", "/", "hr"). <see cref="Joined"/>[k] says
/// token k touches token k-1 in the alias, so "km/hr" must be written without spaces but "sq ft" may be spaced.
/// </summary>
internal sealed record UnitAlias(string[] Parts, bool[] Joined, bool CaseSensitive, bool Bare, UnitDefinition Unit)
{
    public int Letters => Parts.Sum(p => p.Length);
}
