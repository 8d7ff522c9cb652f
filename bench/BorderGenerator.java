/*
 * Reproducible synthetic border crossings for the border benchmarks (no real person, no real data).
 *
 *   java bench/BorderGenerator.java --travellers 2000000 --crossings 10000000 --years 3 --seed 42 \
 *        --out bench/out/border --file-rows 100000
 *
 * Writes CSV files in the bulk-upload format of POST /api/v1/crossings/bulk, in time order, one folder
 * per recording state (a national system uploads its own state's crossings), split into files of
 * --file-rows lines. Same arguments, same bytes. Travellers take trips (entry, stay, exit) to
 * member states other than their own; stay lengths are skewed so that a few per cent overstay (90-day
 * and 30-day limits), some trips are still open at the end, and about 0.5% of trips lack the entry or
 * the exit record (the anomalies the stay warnings catch). Names are built from syllables.
 */
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

public class BorderGenerator {

    static final String[] HOSTS = {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"};
    static final double[] HOST_WEIGHT = {0.05, 0.06, 0.25, 0.10, 0.40, 0.05, 0.09};
    static final String[][] CHECKPOINTS = {
        {"ARM-EVN", "ARM-LWN", "ARM-BAGRAT", "ARM-BAVRA", "ARM-AGARAK"},
        {"BLR-MSQ", "BLR-BREST", "BLR-BREST-RAIL", "BLR-KAMLOG"},
        {"KAZ-ALA", "KAZ-NQZ", "KAZ-CIT", "KAZ-KORDAI", "KAZ-DOSTYK", "KAZ-KHORGOS", "KAZ-ZHAISAN", "KAZ-ZHIBEK"},
        {"KGZ-FRU", "KGZ-OSS", "KGZ-AKZHOL", "KGZ-TORUGART", "KGZ-IRKESHTAM", "KGZ-DOSTUK", "KGZ-BORDOBO"},
        {"RUS-SVO", "RUS-DME", "RUS-VKO", "RUS-LED", "RUS-VLARS", "RUS-TROITSK", "RUS-MASHT", "RUS-ZABAIK", "RUS-BAGRAT"},
        {"TJK-DYU", "TJK-LBD", "TJK-NPANJ", "TJK-FOTEHOBOD", "TJK-KYZYLART", "TJK-TURSUNZODA"},
        {"UZB-TAS", "UZB-SKD", "UZB-TERMEZ", "UZB-OYBEK", "UZB-DUSTLIK", "UZB-GISHT"}
    };
    static final String[] NATIONALITIES = {
        "UZB", "TJK", "KGZ", "KAZ", "RUS", "ARM", "BLR", "CHN", "AFG", "TUR", "IND", "DEU", "USA", "GEO", "AZE", "IRN"
    };
    static final double[] NAT_WEIGHT = {0.20, 0.14, 0.09, 0.10, 0.12, 0.04, 0.04, 0.08, 0.03, 0.04, 0.03, 0.02, 0.02, 0.02, 0.02, 0.01};
    static final String[] SYL = {"AB", "AL", "AN", "AR", "AS", "BA", "BEK", "BO", "DA", "DI", "DO", "FA", "FAR", "GA",
        "GU", "HA", "IL", "IR", "KA", "KAR", "KO", "KU", "LA", "LI", "MA", "MI", "MU", "NA", "NI", "NUR", "OL", "OR", "RA",
        "RU", "SA", "SAN", "SHA", "SO", "TA", "TI", "TO", "UL", "UR", "VA", "YA", "YU", "ZA", "ZI", "ZHAN", "KHO"};
    static final String[] SUFFIX = {"OV", "EV", "OVA", "EVA", "YAN", "ENKO", "IN", "ULY", "ZODA", "BEKOV", "ULU", "IC"};

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int travellers = Integer.parseInt(a.getOrDefault("travellers", "2000000"));
        int crossings = Integer.parseInt(a.getOrDefault("crossings", "10000000"));
        int years = Integer.parseInt(a.getOrDefault("years", "3"));
        long seed = Long.parseLong(a.getOrDefault("seed", "42"));
        int fileRows = Integer.parseInt(a.getOrDefault("file-rows", "100000"));
        LocalDate end = LocalDate.parse(a.getOrDefault("end", LocalDate.now(ZoneOffset.UTC).toString()));
        Path out = Path.of(a.getOrDefault("out", "bench/out/border"));
        Files.createDirectories(out);

        long start = end.minusYears(years).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long span = end.atStartOfDay().toEpochSecond(ZoneOffset.UTC) - start;
        double tripsPerTraveller = crossings / 2.0 / travellers;
        // Each crossing is one long: seconds since start (28 bits) | traveller (22) | checkpoint (4) |
        // host (3) | exit (1) | purpose (3). Sorting the longs puts the crossings in time order.
        long[] events = new long[crossings + 16];
        int n = 0;
        SplittableRandom r = new SplittableRandom(seed);
        int[] overstayTrips = {0};
        for (int t = 0; t < travellers && n < crossings; t++) {
            String nationality = person(seed, t).nationality;
            int trips = Math.max(1, (int) Math.round(-Math.log(1 - r.nextDouble()) * tripsPerTraveller));
            long time = (long) (r.nextDouble() * span * 0.25);
            double meanGap = Math.max(86_400.0, span * 0.72 / trips - 22 * 86_400.0);
            for (int k = 0; k < trips && n < crossings - 1; k++) {
                int host;
                do {
                    host = pick(r, HOST_WEIGHT);
                } while (HOSTS[host].equals(nationality));
                int days = stayDays(r);
                if (days > 90) {
                    overstayTrips[0]++;
                }
                long entry = time;
                long exit = entry + days * 86_400L + r.nextInt(36_000);
                int purpose = r.nextInt(8);
                boolean dropEntry = r.nextInt(400) == 0;
                boolean dropExit = r.nextInt(400) == 0;
                if (entry >= span) {
                    break;
                }
                if (!dropEntry) {
                    events[n++] = pack(entry, t, r.nextInt(CHECKPOINTS[host].length), host, 0, purpose);
                }
                if (exit < span && !dropExit) {
                    events[n++] = pack(exit, t, r.nextInt(CHECKPOINTS[host].length), host, 1, purpose);
                }
                time = exit + 86_400L + (long) (-Math.log(1 - r.nextDouble()) * meanGap);
            }
        }
        long[] sorted = Arrays.copyOf(events, n);
        Arrays.sort(sorted);
        String[] purposes = {"TOURISM", "BUSINESS", "WORK", "STUDY", "PRIVATE", "TRANSIT", "WORK", "TOURISM"};
        String header = "id,direction,checkpoint,crossed_at,doc_type,doc_number,issuing_state,expiry,surname,"
                + "given_names,surname_national,given_names_national,birth_date,sex,nationality,purpose,distribution,shared_with\n";
        BufferedWriter[] writers = new BufferedWriter[HOSTS.length];
        int[] rowsIn = new int[HOSTS.length];
        int[] files = new int[HOSTS.length];
        for (int i = 0; i < n; i++) {
            long e = sorted[i];
            long seconds = e >>> 33;
            int traveller = (int) ((e >>> 11) & 0x3FFFFF);
            int checkpoint = (int) ((e >>> 7) & 0xF);
            int host = (int) ((e >>> 4) & 0x7);
            boolean exit = ((e >>> 3) & 1) == 1;
            int purpose = (int) (e & 0x7);
            if (rowsIn[host] % fileRows == 0) {
                if (writers[host] != null) {
                    writers[host].close();
                }
                Path dir = out.resolve(HOSTS[host]);
                Files.createDirectories(dir);
                writers[host] = Files.newBufferedWriter(
                        dir.resolve(String.format("crossings-%05d.csv", files[host]++)), StandardCharsets.UTF_8);
                writers[host].write(header);
            }
            rowsIn[host]++;
            Person p = person(seed, traveller);
            UUID id = new UUID(seed * 0x9E3779B97F4A7C15L ^ e, e * 31 + seed);
            writers[host].write(id + "," + (exit ? "EXIT" : "ENTRY") + "," + CHECKPOINTS[host][checkpoint] + ","
                    + Instant.ofEpochSecond(start + seconds) + ",PASSPORT," + p.number + "," + p.nationality + ","
                    + p.expiry + "," + p.surname + "," + p.given + ",,," + p.birth + "," + p.sex + ","
                    + p.nationality + "," + purposes[purpose] + ",ALL_MEMBERS,\n");
        }
        int file = 0;
        for (int h = 0; h < HOSTS.length; h++) {
            if (writers[h] != null) {
                writers[h].close();
            }
            file += files[h];
        }
        System.out.printf("wrote %d crossings of %d travellers in %d files to %s (trips longer than 90 days: %d)%n",
                n, travellers, file, out, overstayTrips[0]);
    }

    static long pack(long seconds, int traveller, int checkpoint, int host, int exit, int purpose) {
        return (seconds << 33) | ((long) traveller << 11) | ((long) checkpoint << 7) | ((long) host << 4)
                | ((long) exit << 3) | purpose;
    }

    /** Stay length: mostly short, a tail beyond 30 and 90 days (the overstays). */
    static int stayDays(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.70) return r.nextInt(14);
        if (u < 0.90) return 14 + r.nextInt(46);
        if (u < 0.97) return 60 + r.nextInt(31);
        return 91 + r.nextInt(120);
    }

    static int pick(SplittableRandom r, double[] weights) {
        double u = r.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.length - 1;
    }

    record Person(String surname, String given, String birth, String sex, String nationality, String number, String expiry) {}

    /** A traveller's identity, derived from the seed and his index alone. */
    static Person person(long seed, int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        int nationality = pick(r, NAT_WEIGHT);
        String surname = SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)].toLowerCase()
                + SUFFIX[r.nextInt(SUFFIX.length)].toLowerCase();
        surname = surname.toUpperCase();
        String given = (SYL[r.nextInt(SYL.length)] + SYL[r.nextInt(SYL.length)]).toUpperCase();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
        String number = String.format("%s%07d", (char) ('A' + index % 26) + "" + (char) ('A' + (index / 26) % 26), index);
        String expiry = LocalDate.of(2027, 1, 1).plusDays(r.nextInt(3650)).toString();
        return new Person(surname, given, birth.toString(), r.nextBoolean() ? "M" : "F", NATIONALITIES[nationality], number, expiry);
    }
}
