namespace DigestBot.Eval;

/// <summary>Counts behind the news-figures scores, per article and summed.</summary>
internal sealed class NewsFiguresScore
{
    public int Gold { get; set; }

    public int Predicted { get; set; }

    public int Located { get; set; }

    public int Found { get; set; }

    public int FalsePositives { get; set; }

    public int UnitAgrees { get; set; }

    public int QualifierAgrees { get; set; }

    public void Add(NewsFiguresScore other)
    {
        Gold += other.Gold;
        Predicted += other.Predicted;
        Located += other.Located;
        Found += other.Found;
        FalsePositives += other.FalsePositives;
        UnitAgrees += other.UnitAgrees;
        QualifierAgrees += other.QualifierAgrees;
    }
}
