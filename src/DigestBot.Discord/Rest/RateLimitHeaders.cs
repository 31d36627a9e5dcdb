using System.Globalization;
using System.Net.Http.Headers;

namespace DigestBot.Discord.Rest;

/// <summary>The <c>X-RateLimit-*</c> and <c>Retry-After</c> headers of one response, parsed leniently.</summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public bool Any => Bucket is not null || Remaining is not null || ResetAfter is not null;

    public static RateLimitHeaders Read(HttpResponseHeaders headers)
    {
        var remaining = int.TryParse(First(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : (int?)null;
        return new RateLimitHeaders(
            First(headers, "X-RateLimit-Bucket"),
            remaining,
            Seconds(First(headers, "X-RateLimit-Reset-After")),
            string.Equals(First(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            First(headers, "X-RateLimit-Scope"),
            Seconds(First(headers, "Retry-After")));
    }

    public static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86_400
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
