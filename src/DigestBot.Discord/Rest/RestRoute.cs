namespace DigestBot.Discord.Rest;

/// <summary>
/// What the rate limiter needs to know about a request: its route template (method + path with ids
/// replaced), the top-level resource it is limited per, and whether it counts towards the global limit.
/// </summary>
internal sealed record RestRoute(string Template, string MajorId, bool Global)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks", "interactions"];

    public static RestRoute Of(HttpMethod method, Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(segments, s => s is "channels" or "guilds" or "webhooks" or "interactions" or "applications" or "gateway");
        if (start < 0)
        {
            return new RestRoute($"{method.Method} {uri.AbsolutePath}", "", true);
        }

        var template = new List<string>(segments.Length - start);
        var major = "";
        var resource = segments[start];
        for (var i = start; i < segments.Length; i++)
        {
            var segment = segments[i];
            var isMajorId = i == start + 1 && Array.IndexOf(MajorResources, resource) >= 0;

            // Webhook and interaction tokens are part of the top-level resource, not a separate route.
            var isToken = i == start + 2 && resource is "webhooks" or "interactions";
            if (isMajorId || isToken)
            {
                major = major.Length == 0 ? segment : $"{major}/{segment}";
                template.Add(isToken ? "{token}" : "{major}");
            }
            else
            {
                template.Add(IsId(segment) ? "{id}" : segment);
            }
        }

        // Interaction callbacks and interaction webhooks are exempt from the bot's global limit.
        var global = resource is not ("webhooks" or "interactions");
        return new RestRoute($"{method.Method} {string.Join('/', template)}", major, global);
    }

    private static bool IsId(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);
}
