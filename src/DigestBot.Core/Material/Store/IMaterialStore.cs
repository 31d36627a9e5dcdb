namespace DigestBot.Core.Material.Store;

/// <summary>Holds the current snapshot. Reading is lock-free; publishing replaces the snapshot whole.</summary>
public interface IMaterialStore
{
    MaterialSnapshot Current { get; }

    void Publish(MaterialSnapshot snapshot);
}
