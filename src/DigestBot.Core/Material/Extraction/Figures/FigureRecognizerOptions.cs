namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>
/// How a <see cref="FigureRecognizer"/> reads text. The switches mirror the Recognizers-Text model options so
/// an evaluation can ask for the same behaviour as a spec file:
/// <see cref="PercentMode"/> reads "one out of three" as a percentage rather than a fraction;
/// <see cref="ExperimentalMode"/> makes "between 20 and 30" inclusive and reads "from 200 to 300" as a range;
/// <see cref="SuppressExtendedTypes"/> drops relative ordinals ("next", "last");
/// <see cref="UnitOnlyMentions"/> also reports unit names without a number ("convert to fahrenheit");
/// <see cref="BareMinorUnits"/> joins "15 dollars 50" into one amount even without "cents".
/// </summary>
public sealed record FigureRecognizerOptions(
    FigureModels Models,
    bool PercentMode = false,
    bool ExperimentalMode = false,
    bool SuppressExtendedTypes = false,
    bool UnitOnlyMentions = false,
    bool BareMinorUnits = false)
{
    public static FigureRecognizerOptions Everything { get; } = new(FigureModels.All);
}
