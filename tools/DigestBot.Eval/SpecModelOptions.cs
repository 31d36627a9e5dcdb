using DigestBot.Core.Material.Extraction.Figures;

namespace DigestBot.Eval;

/// <summary>
/// Maps a Recognizers-Text spec file ("NumberModelPercentMode.json") to the recognizer options its model runs
/// with: the model, then the mode suffix. Recognizers-Text's unit models report unit names without a number
/// and join bare minor units; its number models do neither.
/// </summary>
internal static class SpecModelOptions
{
    public static FigureRecognizerOptions For(string specFile)
    {
        var name = Path.GetFileNameWithoutExtension(specFile);
        var model = name switch
        {
            _ when name.StartsWith("NumberRangeModel", StringComparison.Ordinal) => FigureModels.Range,
            _ when name.StartsWith("NumberModel", StringComparison.Ordinal) => FigureModels.Number,
            _ when name.StartsWith("OrdinalModel", StringComparison.Ordinal) => FigureModels.Ordinal,
            _ when name.StartsWith("PercentModel", StringComparison.Ordinal) => FigureModels.Percentage,
            _ when name.StartsWith("CurrencyModel", StringComparison.Ordinal) => FigureModels.Currency,
            _ when name.StartsWith("DimensionModel", StringComparison.Ordinal) => FigureModels.Dimension,
            _ when name.StartsWith("TemperatureModel", StringComparison.Ordinal) => FigureModels.Temperature,
            _ when name.StartsWith("AgeModel", StringComparison.Ordinal) => FigureModels.Age,
            _ => throw new ArgumentException($"{specFile}: no recognizer model is known for this spec file.", nameof(specFile)),
        };
        var unitModel = model is FigureModels.Currency or FigureModels.Dimension or FigureModels.Temperature or FigureModels.Percentage;
        return new FigureRecognizerOptions(
            model,
            PercentMode: name.EndsWith("PercentMode", StringComparison.Ordinal),
            ExperimentalMode: name.EndsWith("ExperimentalMode", StringComparison.Ordinal),
            SuppressExtendedTypes: name.EndsWith("SuppressExtendedTypes", StringComparison.Ordinal),
            UnitOnlyMentions: unitModel && !name.EndsWith("PercentMode", StringComparison.Ordinal),
            BareMinorUnits: model == FigureModels.Currency);
    }
}
