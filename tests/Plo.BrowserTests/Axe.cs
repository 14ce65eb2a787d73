using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plo.BrowserTests;

/// <summary>axe-core on the page as it stands: no serious or critical violation (WCAG 2.2 AA rules).</summary>
public static class Axe
{
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(
            new Deque.AxeCore.Commons.AxeRunOptions
            {
                RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
                {
                    Type = "tag",
                    Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
                },
            }
        );
        var serious = result
            .Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} – {string.Join("; ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"
            )
            .ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n{string.Join('\n', serious)}");
    }
}
