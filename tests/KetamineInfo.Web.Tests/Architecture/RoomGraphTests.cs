using System.Text.RegularExpressions;
using KetamineInfo.Tests.Shared;
using NetArchTest.Rules;

namespace KetamineInfo.Web.Tests.Architecture;

/// <summary>
/// The Web project's folders as rooms with one-way arrows, as README's "rooms" block draws them: the block is the
/// rule, read from README each run, so the picture and the code cannot drift apart. A type in a room that uses a
/// type in a room its line does not list fails, naming both; so does a folder the block does not name.
/// </summary>
public sealed partial class RoomGraphTests
{
    private const string Web = "KetamineInfo.Web";

    // Razor compiles views into this namespace; they belong to Pages.
    private const string Views = "AspNetCoreGeneratedDocument";

    private static readonly Lazy<OrderedDictionary<string, string[]>> Graph = new(ReadGraph);

    /// <summary>Every room but those allowed to use all the others (the composition root).</summary>
    public static TheoryData<string> Rooms => [.. Graph.Value.Keys.Where(room => Forbidden(room).Length > 0)];

    [Theory]
    [MemberData(nameof(Rooms))]
    public void ARoom_UsesOnlyTheRoomsItsLineLists(string room)
    {
        var allowed = Graph.Value[room];
        var types = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace($"{Web}.{room}");
        if (room == "Pages")
        {
            types = types.Or().ResideInNamespace(Views);
        }

        var result = types.ShouldNot().HaveDependencyOnAny(Forbidden(room)).GetResult();

        Assert.True(result.IsSuccessful, $"{room} may use only [{string.Join(", ", allowed)}], but these of its types use a room not listed: " +
            string.Join(", ", (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void EveryFolderOfTheWebProject_IsARoomInTheGraph()
    {
        var namespaces = typeof(Program).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && ns.StartsWith(Web + ".", StringComparison.Ordinal))
            .Select(ns => ns![(Web.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(Graph.Value.Keys.Order(StringComparer.Ordinal), namespaces);
    }

    [Fact]
    public void TheGraph_PointsOneWay()
    {
        // Each room may list only rooms drawn below it, so no two rooms can use each other, even through a third.
        var order = Graph.Value.Keys.ToList();
        foreach (var (room, uses) in Graph.Value)
        {
            Assert.All(uses, used => Assert.True(order.IndexOf(used) > order.IndexOf(room), $"{room} → {used}: {used} is not drawn below {room}"));
        }
    }

    private static string[] Forbidden(string room) =>
        [.. Graph.Value.Keys.Where(other => other != room && !Graph.Value[room].Contains(other)).Select(other => $"{Web}.{other}")];

    private static OrderedDictionary<string, string[]> ReadGraph()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var block = BlockPattern().Match(readme);
        Assert.True(block.Success, "README.md has no <!-- rooms --> block");
        var graph = new OrderedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in block.Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('→', 2, StringSplitOptions.TrimEntries);
            Assert.True(parts.Length == 2, $"README rooms line without an arrow: {line}");
            graph.Add(parts[0], parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return graph;
    }

    [GeneratedRegex(@"<!-- rooms -->\s*```\s*\n(?<lines>.*?)```\s*<!-- /rooms -->", RegexOptions.Singleline)]
    private static partial Regex BlockPattern();
}
