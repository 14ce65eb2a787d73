using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Security;
using Plo.IntegrationTests.Infrastructure;

namespace Plo.IntegrationTests.Host;

public class ProductionErrorTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task An_unexpected_failure_is_a_500_without_internals()
    {
        var failing = new Mock<ICaseReferenceAllocator>();
        failing
            .Setup(a => a.NextAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("connection string Password=hunter2"));
        var client = api.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped(_ => failing.Object)))
            .CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", api.TokenFor([Roles.SocialWorker], "sw-1"));
        api.Directory.Register("user-1", [Roles.SocialWorker]);
        api.Directory.Register("tm-1", [Roles.TeamManager]);
        api.Directory.Register("la-1", [Roles.LegalAdviser]);

        var response = await client.PostAsJsonAsync("/api/cases", CaseRequests.Family());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":500", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
