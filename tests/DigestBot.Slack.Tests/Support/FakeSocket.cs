using System.Net.WebSockets;
using System.Text;

namespace DigestBot.Slack.Tests.Support;

/// <summary>The server side of one Socket Mode connection, as a test script drives it.</summary>
public sealed class FakeSocket(WebSocket socket, int number)
{
    public int Number { get; } = number;

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task HelloAsync() => SendAsync("""{"type":"hello","num_connections":1,"debug_info":{"host":"applink-test"},"connection_info":{"app_id":"A111"}}""");

    public Task DisconnectAsync(string reason) => SendAsync($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"applink-test"}}""");

    /// <summary>The next text frame, or null once the client has closed the socket.</summary>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    /// <summary>Cuts the connection without a close handshake, like a dropped network.</summary>
    public void Drop() => socket.Abort();
}
