using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plo.Api.Infrastructure;

/// <summary>
/// Enums travel as camelCase names. Reading accepts a defined name in any case and nothing else (no numbers),
/// and a wrong value is refused with the list of allowed ones.
/// </summary>
internal sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly string Allowed = string.Join(
            ", ",
            Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName)
        );

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String
                ? Parse(reader.GetString())
                : throw new JsonInputException($"Use one of: {Allowed}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Name(value));

        public override T ReadAsPropertyName(
            ref Utf8JsonReader reader,
            Type typeToConvert,
            JsonSerializerOptions options
        ) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(Name(value));

        private static T Parse(string? text) =>
            text is { Length: > 0 }
            && !char.IsAsciiDigit(text[0])
            && Enum.TryParse<T>(text, ignoreCase: true, out var value)
            && Enum.IsDefined(value)
                ? value
                : throw new JsonInputException($"Use one of: {Allowed}.");

        private static string Name(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
    }
}

/// <summary>A JSON value we refused with a message meant for the caller.</summary>
internal sealed class JsonInputException(string message) : JsonException(message);
