using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Plo.PlainLanguage.Model;

namespace Plo.Cli.Commands;

/// <summary>
/// The reports as one indented JSON array, written element by element as each letter is checked (the same bytes as
/// serialising the whole list at the end), with compile-time metadata rather than reflection.
/// </summary>
internal sealed class JsonReport : ILetterReportWriter, IDisposable
{
    private static readonly JsonTypeInfo<LetterReport> Report = PlainLanguageJson.Info<LetterReport>(
        LetterReport.SourceGenerated
    );

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public JsonReport(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(
            _buffer,
            new JsonWriterOptions { Indented = true, Encoder = LetterReport.Json.Encoder }
        );
        _json.WriteStartArray();
    }

    public void Write(LetterReport report)
    {
        JsonSerializer.Serialize(_json, report, Report);
        Flush();
    }

    public void End()
    {
        _json.WriteEndArray();
        Flush();
        _output.WriteLine();
    }

    public void Dispose() => _json.Dispose();

    private void Flush()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
