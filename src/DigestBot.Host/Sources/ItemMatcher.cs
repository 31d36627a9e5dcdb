namespace DigestBot.Host.Sources;

/// <summary>
/// Finds the stored row a fetched item is another version of: same feed GUID, else same normalised URL,
/// else same content hash. A feed listing one story twice stores it once; two GUIDs sharing one link
/// (a live blog's updates) keep a row each instead of overwriting each other on every fetch.
/// </summary>
internal sealed class ItemMatcher
{
    private readonly Dictionary<string, StoredRow> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _matched = new(StringComparer.Ordinal);

    public ItemMatcher(IEnumerable<StoredRow> rows)
    {
        foreach (var row in rows)
        {
            _byKey[row.ItemKey] = row;
        }
    }

    public int Count => _byKey.Count;

    /// <returns>The row this item updates, or null for a new item.</returns>
    public StoredRow? Match(string? guid, string? url, string hash)
    {
        var row = (guid is null ? null : _byKey.Values.FirstOrDefault(r => r.Guid == guid))
            ?? (url is null ? null : _byKey.Values.FirstOrDefault(r => r.Url == url && !IsOtherGuid(r, guid)))
            ?? _byKey.Values.FirstOrDefault(r => r.Hash == hash);
        if (row is not null)
        {
            _matched.Add(row.ItemKey);
        }

        return row;
    }

    public string NewKey(string? guid, string? url, string hash)
    {
        var key = guid is not null ? "guid:" + guid : url is not null ? "url:" + url : "hash:" + hash;
        return _byKey.ContainsKey(key) ? $"{key}#{hash[..12]}" : key;
    }

    public void Add(StoredRow row)
    {
        _byKey[row.ItemKey] = row;
        _matched.Add(row.ItemKey);
    }

    public void Replace(StoredRow old, StoredRow row)
    {
        _byKey[old.ItemKey] = row;
    }

    // A row whose GUID was matched this fetch already belongs to another item of this fetch with the same URL
    // (feeds that list one link under several GUIDs keep each); a row not matched yet may have its GUID changed.
    private bool IsOtherGuid(StoredRow row, string? guid) =>
        guid is not null && row.Guid is not null && row.Guid != guid && _matched.Contains(row.ItemKey);
}
