namespace DigestBot.Slack.Tests.Support;

/// <summary>One scripted answer of the fake Web API: status, JSON body, optional Retry-After seconds.</summary>
public sealed record ScriptedAnswer(int Status, string Json, int? RetryAfterSeconds = null)
{
    public static ScriptedAnswer Error(string error, string extra = "") => new(200, $$$"""{"ok":false,"error":"{{{error}}}"{{{extra}}}}""");

    public static ScriptedAnswer RateLimited(int seconds) => new(429, """{"ok":false,"error":"ratelimited"}""", seconds);
}
