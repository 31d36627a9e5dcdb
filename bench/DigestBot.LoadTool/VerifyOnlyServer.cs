using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DigestBot.LoadTool;

/// <summary>
/// The shape both yardsticks share: a slim ASP.NET Core host with no logging, <c>GET /healthz</c>, and one
/// POST route that reads the whole body, answers 401 when <c>isSigned</c> says no, and otherwise writes
/// fixed bytes. Nothing else happens per request, which is the point.
/// </summary>
internal static class VerifyOnlyServer
{
    public static async Task<int> RunAsync(string url, string path, Func<IHeaderDictionary, byte[], bool> isSigned, byte[] answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost(path, async context =>
        {
            var body = await RequestBody.ReadAsync(context.Request.BodyReader, context.RequestAborted);
            if (!isSigned(context.Request.Headers, body))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
        });
        await app.RunAsync();
        return 0;
    }
}
