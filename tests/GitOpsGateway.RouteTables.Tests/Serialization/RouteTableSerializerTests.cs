using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables.Tests.Serialization;

public sealed class RouteTableSerializerTests
{
    [Fact]
    public void A_table_read_back_from_its_canonical_json_is_equal_and_gives_the_same_bytes()
    {
        var table = SampleTables.Full();
        var bytes = RouteTableSerializer.ToCanonicalJson(table);

        var parsed = RouteTableSerializer.FromJson(bytes);

        Assert.Equal(table, parsed);
        Assert.Equal(bytes, RouteTableSerializer.ToCanonicalJson(parsed));
    }

    [Fact]
    public void The_indented_form_reads_back_to_the_same_table()
    {
        var table = SampleTables.Full();

        var indented = RouteTableSerializer.ToIndentedJson(table);

        Assert.Contains("\n  \"gateway\": {\n", indented, StringComparison.Ordinal);
        Assert.Equal(table, RouteTableSerializer.FromJson(indented));
    }

    [Fact]
    public void Canonical_json_has_no_whitespace_outside_strings()
    {
        var json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(SampleTables.Full()));

        using var document = JsonDocument.Parse(json);
        var compact = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var reserialised = JsonSerializer.Serialize(document.RootElement, compact);
        Assert.Equal(reserialised, json);
        Assert.DoesNotContain('\n', json);
        Assert.StartsWith("{\"gateway\":{\"namespace\":\"infra\",\"name\":\"edge\"},\"gatewayClass\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Durations_are_iso_8601_and_enums_are_names()
    {
        var json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(SampleTables.Full()));

        Assert.Contains("\"timeouts\":{\"request\":\"PT10S\",\"backendRequest\":\"PT2.5S\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"protocol\":\"HTTPS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"PathPrefix\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_and_empty_lists_are_left_out()
    {
        var table = SampleTables.Full() with { L4Routes = [], HttpPorts = [] };

        var json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(table));

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("l4Routes", json, StringComparison.Ordinal);
        Assert.DoesNotContain("httpPorts", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_expiry_is_written_in_utc()
    {
        var json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(SampleTables.Full()));

        Assert.Contains("\"notAfter\":\"2027-06-01T12:00:00+00:00\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Regular_expressions_are_not_escaped_beyond_what_json_requires()
    {
        var json = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(SampleTables.Full()));

        Assert.Contains("\"value\":\"beta=\\\\d+\"", json, StringComparison.Ordinal);
    }
}
