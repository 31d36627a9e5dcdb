namespace DigestBot.Host.Material;

/// <summary>Which folders hold material: <c>Sources:Folders</c> when given, else the older <c>Material:Folder</c>.</summary>
internal static class MaterialFolders
{
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var folders = configuration.GetSection("Sources:Folders").Get<string[]>() ?? [];
        var listed = folders.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal).ToArray();
        return listed.Length > 0 ? listed : [configuration[$"{MaterialOptions.SectionName}:Folder"] ?? new MaterialOptions().Folder];
    }
}
