namespace DigestBot.Host.Sources;

/// <summary>What storing one fetch did: new items, edited items, items refused, and how many the source holds now.</summary>
internal sealed record ApplyOutcome(int Added, int Updated, int Unchanged, IReadOnlyList<string> Refused, int Total)
{
    public bool Changed => Added + Updated > 0;
}
