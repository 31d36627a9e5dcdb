using System.Diagnostics;
using DigestBot.Core.Material;
using DigestBot.Core.Sources;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Material;

/// <summary>
/// Loads one material folder and hands its articles to the <see cref="ArticleCatalog"/>, which swaps in a
/// new snapshot over all sources. Unchanged files are not parsed again; a file that fails keeps its previous
/// good version (if any) and its error is reported in /sources and logs.
/// </summary>
internal sealed partial class MaterialFolderLoader(
    ArticleCatalog catalog,
    string folder,
    IOptions<MaterialOptions> options,
    TimeProvider time,
    ILogger<MaterialFolderLoader> logger) : ISourceCatalog
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    private DateTimeOffset? _lastSuccess;
    private string? _folderError;

    public string Folder => Path.GetFullPath(folder);

    /// <summary>This folder's key among the catalog's sources.</summary>
    public string SourceKey => "folder:" + Folder;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await LoadCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public IReadOnlyList<SourceStatus> Describe()
    {
        var files = Volatile.Read(ref _files);
        var failing = files.Where(f => f.Value.Error is not null).Select(f => f.Value.Error!).ToList();
        if (_folderError is not null)
        {
            failing.Insert(0, _folderError);
        }

        var status = new SourceStatus(
            folder,
            "folder",
            failing.Count == 0,
            files.Values.Count(f => f.Article is not null),
            _lastSuccess,
            failing.Count == 0 ? null : string.Join("; ", failing.Take(3)) + (failing.Count > 3 ? $" (+{failing.Count - 3} more)" : ""));
        return [status];
    }

    private async Task LoadCoreAsync(CancellationToken cancellationToken)
    {
        var directory = new DirectoryInfo(Folder);
        if (!directory.Exists)
        {
            _folderError = $"folder {Folder} does not exist";
            Log.FolderMissing(logger, Folder);
            return;
        }

        _folderError = null;
        var files = directory
            .EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => FolderArticleReader.Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var previous = Volatile.Read(ref _files);
        var states = new FileState[files.Count];
        var progress = new LoadProgress(files.Count, time);
        var parsed = 0;

        // Parsing is CPU-bound and files are independent, so a large folder loads on every core; results
        // keep the folder's file order, so the snapshot does not depend on which core finished first.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (i, ct) =>
        {
            var file = files[i];
            previous.TryGetValue(file.FullName, out var known);
            if (known is not null && known.LastWriteUtc == file.LastWriteTimeUtc && known.Length == file.Length)
            {
                states[i] = known;
            }
            else
            {
                states[i] = await ReadAsync(file, known, ct);
                Interlocked.Increment(ref parsed);
            }

            lock (progress)
            {
                if (progress.Advance() is { } report)
                {
                    Log.Progress(logger, report.Done, report.Total, report.PerSecond);
                }
            }
        });

        var next = new Dictionary<string, FileState>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            next[files[i].FullName] = states[i];
        }

        var articles = states.Where(f => f.Article is not null).Select(f => f.Article!).ToList();
        var stopwatch = Stopwatch.StartNew();
        catalog.Replace(SourceKey, articles);
        Volatile.Write(ref _files, next);
        _lastSuccess = time.GetUtcNow();
        Log.Loaded(logger, articles.Count, parsed, articles.Sum(a => a.Quotes.Count), articles.Sum(a => a.Figures.Count), stopwatch.ElapsedMilliseconds, Folder);
    }

    private async Task<FileState> ReadAsync(FileInfo file, FileState? known, CancellationToken cancellationToken)
    {
        try
        {
            var article = await FolderArticleReader.ReadAsync(file, options.Value.MaxFileBytes, cancellationToken);
            return new FileState(file.LastWriteTimeUtc, file.Length, article, null);
        }
        catch (Exception exception) when (exception is ArticleFormatException or IOException or UnauthorizedAccessException)
        {
            var message = exception is ArticleFormatException ? exception.Message : $"{file.Name}: {exception.Message}";
            Log.FileSkipped(logger, message, known?.Article is not null);
            return new FileState(file.LastWriteTimeUtc, file.Length, known?.Article, message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A parser bug on one odd file must not take every other article (or the bot) down with it.
            var message = $"{file.Name}: could not be parsed ({exception.GetType().Name}); this is a bug, please report it";
            Log.ParserFailed(logger, exception, file.Name);
            return new FileState(file.LastWriteTimeUtc, file.Length, known?.Article, message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(2001, LogLevel.Information, "Loaded {Articles} articles ({Parsed} parsed now): {Quotes} quotes, {Figures} figures; snapshot built in {Milliseconds} ms from {Folder}")]
        public static partial void Loaded(ILogger logger, int articles, int parsed, int quotes, int figures, long milliseconds, string folder);

        [LoggerMessage(2002, LogLevel.Warning, "Skipped {Problem} (previous version kept: {KeptPrevious})")]
        public static partial void FileSkipped(ILogger logger, string problem, bool keptPrevious);

        [LoggerMessage(2005, LogLevel.Error, "Parsing {File} failed unexpectedly; skipped")]
        public static partial void ParserFailed(ILogger logger, Exception exception, string file);

        [LoggerMessage(2003, LogLevel.Warning, "Material folder {Folder} does not exist; no articles loaded")]
        public static partial void FolderMissing(ILogger logger, string folder);

        [LoggerMessage(2004, LogLevel.Information, "Loading material: {Done}/{Total} files ({PerSecond:F0}/s)")]
        public static partial void Progress(ILogger logger, int done, int total, double perSecond);
    }
}
