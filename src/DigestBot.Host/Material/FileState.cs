using DigestBot.Core.Material;

namespace DigestBot.Host.Material;

/// <summary>What the loader knows of one file: the last good parse (kept when a later edit fails) and the last error.</summary>
internal sealed record FileState(DateTime LastWriteUtc, long Length, Article? Article, string? Error);
