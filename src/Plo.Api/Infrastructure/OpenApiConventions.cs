using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Plo.Api.Infrastructure;

/// <summary>
/// What client generators need from the document: readable schema names (<c>AuditRecordDtoPagedResult</c>, not a CLR
/// generic name), one operationId per operation derived from its route, enums as the strings the API reads and writes,
/// and required fields marked.
/// </summary>
internal static class OpenApiConventions
{
    public static void Apply(SwaggerGenOptions options)
    {
        options.CustomSchemaIds(SchemaId);
        options.SupportNonNullableReferenceTypes();
        options.NonNullableReferenceTypesAsRequired();
        options.SchemaFilter<EnumsAsStrings>();
        options.SchemaFilter<ValueTypesRequired>();
        options.OperationFilter<OperationIdFromRoute>();
    }

    /// <summary>PagedResult&lt;AuditRecordDto&gt; is "AuditRecordDtoPagedResult"; a nested type is prefixed by its
    /// outer type.</summary>
    public static string SchemaId(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        var prefix = type.IsNested && !type.IsGenericParameter ? SchemaId(type.DeclaringType!) : "";
        return prefix + string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
    }

    /// <summary>"PUT /api/cases/{id}/allocation/social-worker" is "putCasesByIdAllocationSocialWorker".</summary>
    public static string OperationId(string method, string route)
    {
        var words = route
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(segment =>
                segment.StartsWith('{')
                    ? "By" + Pascal(segment.Trim('{', '}').Split(':')[0])
                    : string.Concat(segment.Replace(".", "-", StringComparison.Ordinal).Split('-').Select(Pascal))
            );
        return method.ToLowerInvariant() + string.Concat(words);
    }

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private sealed class OperationIdFromRoute : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context) =>
            operation.OperationId = OperationId(
                context.ApiDescription.HttpMethod ?? "get",
                context.ApiDescription.RelativePath ?? ""
            );
    }

    private sealed class EnumsAsStrings : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Type) ?? context.Type;
            if (!type.IsEnum || schema is not OpenApiSchema concrete)
            {
                return;
            }

            concrete.Type = JsonSchemaType.String;
            concrete.Format = null;
            concrete.Enum =
            [
                .. Enum.GetNames(type)
                    .Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n))!),
            ];
        }
    }

    /// <summary>Non-nullable value-type properties (dates, numbers, booleans) are always present, so they are
    /// required.</summary>
    private sealed class ValueTypesRequired : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema concrete || concrete.Properties is null || context.Type.IsEnum)
            {
                return;
            }

            foreach (
                var property in context
                    .Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.PropertyType.IsValueType && Nullable.GetUnderlyingType(p.PropertyType) is null)
            )
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if (concrete.Properties.ContainsKey(name))
                {
                    concrete.Required ??= new HashSet<string>();
                    concrete.Required.Add(name);
                }
            }
        }
    }
}
