namespace DigestBot.Core.Material.Extraction.Figures;

/// <summary>Which of the rarer number forms to read; news prose leaves them off because they misfire there.</summary>
internal readonly record struct NumberParserOptions(bool OverFractions, bool OutOfFractions, bool LowerCaseMillion);
