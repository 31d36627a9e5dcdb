using System.Buffers;
using System.IO.Pipelines;

namespace DigestBot.LoadTool;

/// <summary>Reads a whole request body, as both platforms' signatures cover every byte of it.</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            if (result.IsCompleted)
            {
                var bytes = result.Buffer.ToArray();
                reader.AdvanceTo(result.Buffer.End);
                return bytes;
            }

            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }
}
