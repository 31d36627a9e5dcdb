using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>Checks the Sources section at start; every message names the key to fix.</summary>
internal sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromSeconds(1);
    private const string Section = SourcesOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Folders.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Folders[i]))
            {
                failures.Add($"{Section}:Folders:{i} is empty; give a folder path or remove the entry.");
            }
        }

        CheckWebSources(options.Feeds, "Feeds", failures);
        CheckWebSources(options.Pages, "Pages", failures);
        var urls = options.Feeds.Concat(options.Pages).Select(s => s.Url.Trim()).Where(u => u.Length > 0).ToList();
        foreach (var duplicate in urls.GroupBy(u => u, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"{Section}: {duplicate.Key} is listed more than once under Feeds/Pages.");
        }

        if (urls.Count > 0 && !IsHttpUrl(options.ContactUrl))
        {
            failures.Add($"{Section}:ContactUrl must be an absolute http(s) URL (or mailto:) when feeds or pages are configured: it goes in the User-Agent so site owners can reach you.");
        }

        Check(options.Retention >= TimeSpan.FromHours(1) && options.Retention <= TimeSpan.FromDays(3650), "Retention", "between 01:00:00 and 3650.00:00:00", failures);
        Check(options.MaxResponseBytes is >= 1_000 and <= 1_000_000_000, "MaxResponseBytes", "between 1000 and 1000000000", failures);
        Check(options.MaxArticleChars is >= 100 and <= Core.Material.ArticleParser.MaxTextLength, "MaxArticleChars", $"between 100 and {Core.Material.ArticleParser.MaxTextLength}", failures);
        Check(options.Timeout >= TimeSpan.FromMilliseconds(100) && options.Timeout <= TimeSpan.FromMinutes(10), "Timeout", "between 00:00:00.100 and 00:10:00", failures);
        Check(options.MaxRedirects is >= 0 and <= 20, "MaxRedirects", "between 0 and 20", failures);
        Check(options.MaxConcurrencyPerHost is >= 1 and <= 64, "MaxConcurrencyPerHost", "between 1 and 64", failures);
        Check(options.FailuresBeforeUnhealthy is >= 1 and <= 100, "FailuresBeforeUnhealthy", "between 1 and 100", failures);
        Check(options.MaxBackoff >= TimeSpan.FromSeconds(1) && options.MaxBackoff <= TimeSpan.FromDays(7), "MaxBackoff", "between 00:00:01 and 7.00:00:00", failures);
        Check(options.StoreCheckInterval >= TimeSpan.FromMilliseconds(100) && options.StoreCheckInterval <= TimeSpan.FromMinutes(5), "StoreCheckInterval", "between 00:00:00.100 and 00:05:00", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckWebSources(List<WebSourceOptions> sources, string key, List<string> failures)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{Section}:{key}:{i}:Url must be an absolute http or https URL (was '{source.Url}').");
            }

            if (source.PollInterval < MinPollInterval || source.PollInterval > TimeSpan.FromDays(7))
            {
                failures.Add($"{Section}:{key}:{i}:PollInterval must be between 00:00:01 and 7.00:00:00 (was {source.PollInterval}).");
            }

            if (source.Name is { } name && (name.Trim().Length == 0 || name.Length > 100))
            {
                failures.Add($"{Section}:{key}:{i}:Name must be 1-100 characters when given.");
            }
        }
    }

    private static void Check(bool valid, string key, string range, List<string> failures)
    {
        if (!valid)
        {
            failures.Add($"{Section}:{key} must be {range}.");
        }
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeMailto);
}
