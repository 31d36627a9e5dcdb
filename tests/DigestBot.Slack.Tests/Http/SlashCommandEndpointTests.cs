using System.Net;
using System.Text.Json;
using DigestBot.Core.Commands;
using DigestBot.Slack.Commands;
using DigestBot.Slack.Json;
using DigestBot.Slack.Rendering;
using DigestBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigestBot.Slack.Tests.Http;

public sealed class SlashCommandEndpointTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly HttpClient _http = new();
    private FakeSlack _slack = null!;
    private SlackApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync(_clock);
        _app = await SlackApp.StartAsync(SlackApp.HttpSettings(_slack), _clock);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Post_SignedQuotesBySpeaker_AnswersWithEveryPutinQuoteInBlocksAndFallback()
    {
        var snapshot = SampleMaterial.Snapshot;
        var putin = Assert.Single(snapshot.ResolveSpeaker("Putin"));
        var expected = snapshot.QuoteIdsBy(putin).Select(i => snapshot.Quotes[i].Quote.Text).Take(CommandCatalog.Quotes.FindOption("limit")!.DefaultValue!.Value).ToList();
        Assert.NotEmpty(expected);

        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/quotes", "speaker:Putin"), _clock.UnixSeconds));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("in_channel", root.GetProperty("response_type").GetString());
        Assert.Contains("Putin", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        var sectionText = string.Join('\n', blocks.Where(b => b.GetProperty("type").GetString() == "section" && b.TryGetProperty("text", out _))
            .Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        foreach (var quote in expected)
        {
            Assert.Contains(Mrkdwn.Escape(quote), sectionText, StringComparison.Ordinal);
        }

        Assert.Equal(expected.Count, sectionText.Split('\n').Count(l => l.StartsWith("• “", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Handle_SameQuestionTwice_RendersTheCoresReplyOnce()
    {
        var handler = _app.Services.GetRequiredService<SlashCommandHandler>();
        var command = new SlashCommand { Command = "/quotes", Text = "speaker:Putin", UserId = "U1", ChannelId = "C1" };
        var other = command with { UserId = "U2", ChannelId = "C2" };

        var first = await handler.HandleAsync(command, CancellationToken.None);
        var again = await handler.HandleAsync(other, CancellationToken.None);
        var different = await handler.HandleAsync(command with { Text = "speaker:Trump" }, CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, different);
        Assert.StartsWith("Quotes by Trump", different.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UmbrellaCommand_AnswersLikeTheOwnCommand()
    {
        using var own = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/quotes", "speaker:Putin limit:3"), _clock.UnixSeconds));
        using var umbrella = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/digestbot", "quotes speaker:Putin limit:3"), _clock.UnixSeconds));

        Assert.Equal(HttpStatusCode.OK, umbrella.StatusCode);
        Assert.Equal(await own.Content.ReadAsStringAsync(), await umbrella.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_HelpCommand_AnswersEphemeral()
    {
        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/help", ""), _clock.UnixSeconds));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
    }

    [Fact]
    public async Task Post_UnknownSpeaker_AnswersPolitelyWithStatus200()
    {
        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/quotes", "speaker:Nobody"), _clock.UnixSeconds));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is401()
    {
        var body = SignedForm.Body("/quotes", "speaker:Putin");
        var signature = SignedForm.Request(_app.BaseAddress, body, _clock.UnixSeconds).Headers.GetValues("X-Slack-Signature").Single();

        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, body.Replace("Putin", "Putio", StringComparison.Ordinal), _clock.UnixSeconds, signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_TimestampSixMinutesOld_Is401()
    {
        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/quotes", "speaker:Putin"), _clock.UnixSeconds - 360));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedWithAnotherSecret_Is401()
    {
        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, SignedForm.Body("/quotes", "speaker:Putin"), _clock.UnixSeconds, secret: "not-the-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Slack-Signature")]
    [InlineData("X-Slack-Request-Timestamp")]
    public async Task Post_HeaderMissing_Is401(string header)
    {
        using var request = SignedForm.Request(_app.BaseAddress, SignedForm.Body("/quotes", "speaker:Putin"), _clock.UnixSeconds);
        request.Headers.Remove(header);

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Is413()
    {
        var body = SignedForm.Body("/search", new string('a', 70_000));

        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, body, _clock.UnixSeconds));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedButNoCommand_Is400()
    {
        using var response = await _http.SendAsync(SignedForm.Request(_app.BaseAddress, "text=hello", _clock.UnixSeconds));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
