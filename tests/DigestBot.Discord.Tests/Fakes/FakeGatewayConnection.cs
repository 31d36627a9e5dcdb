using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>
/// One client connection to the fake gateway: the test sends frames, reads what the client sent (heartbeats
/// are counted and, unless turned off, acknowledged), closes with a code or drops the socket.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, bool resumed, bool autoAck, string query)
{
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _clientClose = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<long?> _heartbeats = Channel.CreateUnbounded<long?>();

    /// <summary>Whether heartbeats are answered with op 11; turn off to make the client see a zombie.</summary>
    public bool AutoAck { get; set; } = autoAck;

    /// <summary>Connected through the resume URL from READY.</summary>
    public bool Resumed => resumed;

    public string Query => query;

    /// <summary>The close code the client sent, or null when it dropped the socket without one.</summary>
    public Task<WebSocketCloseStatus?> ClientClose => _clientClose.Task;

    public async Task SendAsync(string json) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task HelloAsync(int heartbeatIntervalMs = 1000) => SendAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{heartbeatIntervalMs}}} }}""");

    public Task ReadyAsync(Uri resumeUrl, int sequence = 1) =>
        SendAsync($$$"""{"op":0,"s":{{{sequence}}},"t":"READY","d":{"v":10,"session_id":"session-1","resume_gateway_url":"{{{resumeUrl.ToString().TrimEnd('/')}}}","user":{"id":"1","username":"DigestBot"},"guilds":[]}}""");

    /// <summary>The next frame the client sent that is not a heartbeat.</summary>
    public async Task<JsonElement> NextFrameAsync()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _frames.Reader.ReadAsync(cancellation.Token);
    }

    /// <summary>The sequence number the next heartbeat carried.</summary>
    public async Task<long?> NextHeartbeatAsync()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _heartbeats.Reader.ReadAsync(cancellation.Token);
    }

    public async Task CloseAsync(int code, string reason)
    {
        await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        _done.TrySetResult();
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop()
    {
        socket.Abort();
        _done.TrySetResult();
    }

    public async Task RunAsync()
    {
        var reading = ReadAsync();
        await Task.WhenAny(reading, _done.Task);
        if (!_done.Task.IsCompleted)
        {
            _done.TrySetResult();
        }

        await reading.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var stream = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _clientClose.TrySetResult(result.CloseStatus);
                        if (socket.State == WebSocketState.CloseReceived)
                        {
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                        }

                        return;
                    }

                    stream.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    var d = frame.GetProperty("d");
                    _heartbeats.Writer.TryWrite(d.ValueKind == JsonValueKind.Number ? d.GetInt64() : null);
                    if (AutoAck)
                    {
                        await SendAsync("""{"op":11}""");
                    }

                    continue;
                }

                _frames.Writer.TryWrite(frame);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _clientClose.TrySetResult(null);
        }
    }
}
