using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Host;

/// <summary>The served OpenAPI document is one a client generator accepts: it reads back cleanly and names everything
/// well.</summary>
public partial class OpenApiDocumentTests(PloApiFactory api) : IClassFixture<PloApiFactory>
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex PlainName();

    [Fact]
    public async Task The_document_reads_back_without_diagnostics_and_every_operation_is_named_and_summarised()
    {
        await using var stream = await api.CreateClient().GetStreamAsync("/swagger/v1/swagger.json");
        var settings = new OpenApiReaderSettings();
        var (document, diagnostic) = await OpenApiDocument.LoadAsync(stream, "json", settings);

        Assert.NotNull(document);
        Assert.Empty(diagnostic!.Errors);
        Assert.Empty(diagnostic.Warnings);
        var operations = document
            .Paths.SelectMany(p => p.Value.Operations!.Select(o => (Route: $"{o.Key} {p.Key}", Operation: o.Value)))
            .ToList();
        Assert.All(
            operations,
            o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.OperationId), $"{o.Route} has no operationId.")
        );
        Assert.All(
            operations,
            o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.Summary), $"{o.Route} has no summary.")
        );
        Assert.Empty(operations.GroupBy(o => o.Operation.OperationId).Where(g => g.Count() > 1).Select(g => g.Key));

        var schemas = document.Components!.Schemas!;
        Assert.All(schemas.Keys, name => Assert.Matches(PlainName(), name));
        Assert.Contains("AuditRecordDtoPagedResult", schemas.Keys);
        var status = schemas["CaseStatus"];
        Assert.True(status.Type == JsonSchemaType.String, string.Join(", ", schemas.Keys));
        Assert.Equal(["open", "closed"], status.Enum!.Select(e => e!.ToString().Trim('"')));
        Assert.Contains("version", schemas["CaseDetailsDto"].Required!);
        Assert.Contains("reference", schemas["CaseDetailsDto"].Required!);
    }
}
