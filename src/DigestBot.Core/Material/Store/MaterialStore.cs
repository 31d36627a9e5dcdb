namespace DigestBot.Core.Material.Store;

/// <inheritdoc cref="IMaterialStore"/>
public sealed class MaterialStore : IMaterialStore
{
    private MaterialSnapshot _current = MaterialSnapshot.Empty;

    public MaterialSnapshot Current => Volatile.Read(ref _current);

    public void Publish(MaterialSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _current, snapshot);
    }
}
