namespace DigestBot.Core.Material.Extraction.People;

/// <summary>Short forms written before a name ("Sen. Ted Cruz", "Mrs. Clinton"); each marks its name as a person.</summary>
internal static class Honorifics
{
    public static readonly WordSet All = new(
        "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
        "adm", "rev", "hon", "pres", "sir", "dame", "lord", "lady", "madam", "judge", "justice", "father",
        "sister", "rabbi", "imam", "sheikh", "king", "queen", "prince", "princess", "pope", "cardinal", "bishop");

    public static readonly WordSet Male = new("mr", "sir", "lord", "father", "rabbi", "imam", "sheikh", "king", "prince", "pope");

    public static readonly WordSet Female = new("mrs", "ms", "miss", "dame", "lady", "madam", "sister", "queen", "princess");
}
