using System.ComponentModel.DataAnnotations;

namespace DigestBot.Host.Material;

public sealed class MaterialOptions
{
    public const string SectionName = "Material";

    /// <summary>Folder of .txt/.md articles, relative to the working directory; watched for changes.</summary>
    [Required]
    public string Folder { get; set; } = "config/material";

    /// <summary>Files larger than this are reported and skipped, never half-read.</summary>
    [Range(1, 100_000_000)]
    public long MaxFileBytes { get; set; } = 2_000_000;

    /// <summary>How long the folder must be quiet before a change is reloaded.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
