namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Which of the rarer number forms to read; news prose leaves them off because they misfire there.</summary>
internal readonly record struct NumberParserOptions(bool OverFractions, bool OutOfFractions, bool LowerCaseMillion)
{
    /// <summary>"1 in 21" as a fraction; off where only "out of" makes a share (Recognizers-Text experimental mode).</summary>
    public bool InFractions { get; init; } = true;
}
