namespace DigestBot.Eval;

/// <summary>Running counts for one spec file: cases and passes, expected/predicted/matched spans.</summary>
internal sealed class SpecFileScore
{
    public int Cases { get; set; }

    public int Passed { get; set; }

    public int Expected { get; set; }

    public int Predicted { get; set; }

    public int Matched { get; set; }
}
