using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Google.Api;
using Google.Protobuf;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Api;

/// <summary>Open-data rows as the CSV file an analyst loads like any DfE statistics file: snake_case headers, RFC 4180 quoting.</summary>
internal static class OpenDataCsv
{
    private sealed class Layout : ClassMap<OpenDataRow>
    {
        public Layout()
        {
            Map(r => r.TimePeriod).Name("time_period");
            Map(r => r.TimeIdentifier).Name("time_identifier");
            Map(r => r.GeographicLevel).Name("geographic_level");
            Map(r => r.CountryCode).Name("country_code");
            Map(r => r.CountryName).Name("country_name");
            Map(r => r.RegionCode).Name("region_code");
            Map(r => r.RegionName).Name("region_name");
            Map(r => r.NewLaCode).Name("new_la_code");
            Map(r => r.OldLaCode).Name("old_la_code");
            Map(r => r.LaName).Name("la_name");
            Map(r => r.Table).Name("table");
            Map(r => r.Breakdown).Name("breakdown");
            Map(r => r.Category).Name("category");
            Map(r => r.Value).Name("value");
        }
    }

    public static HttpBody Body(IEnumerable<OpenDataRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            csv.Context.RegisterClassMap<Layout>();
            csv.WriteRecords(rows);
        }
        return new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(text.ToString(), Encoding.UTF8) };
    }
}
