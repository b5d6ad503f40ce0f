// openapi-generator's `-g java --library native` client (out/java) against the mock: one JSON line
// a behaviour. make generators-check compiles it with javac against the generated sources (only
// the classes it reaches), Debian's Jackson, Apache HttpMime and Jakarta annotation jars, and the
// jsr310 stand-in beside this file; then runs it with java.

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openapitools.client.ApiClient;
import org.openapitools.client.api.AgreementApi;
import org.openapitools.client.api.NumberApi;
import org.openapitools.client.model.AgreementJurSaveRequest;
import org.openapitools.client.model.NumberPhoneType;
import org.openapitools.client.model.NumberSearchItem;
import org.openapitools.client.model.NumberSearchRequest;

public final class Check {
  private static final String ACCOUNT = "30101810400000000225";
  private static final String CYRILLIC_KEY = "\u0441orrespondent_account";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Check() {}

  private static void report(String behaviour, Map<String, Object> result) throws IOException {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("behaviour", behaviour);
    line.putAll(result);
    System.out.println(JSON.writeValueAsString(line));
  }

  /** Runs one behaviour; an exception becomes its `error`, quoted by its first line. */
  private static void behaviour(String name, Callable<Map<String, Object>> run) throws IOException {
    Map<String, Object> result;
    try {
      result = run.call();
    } catch (Exception error) {
      String first = String.valueOf(error.getMessage()).split("\n", 2)[0];
      String text = error.getClass().getSimpleName() + ": " + first;
      result = Map.of("error", text.substring(0, Math.min(text.length(), 300)));
    }
    report(name, result);
  }

  /** The property whose JSON key is the Cyrillic one, as Jackson sees the model. */
  private static String cyrillicProperty(ObjectMapper mapper) {
    var type = mapper.constructType(AgreementJurSaveRequest.class);
    for (BeanPropertyDefinition property :
        mapper.getSerializationConfig().introspect(type).findProperties()) {
      if (property.getName().equals(CYRILLIC_KEY)) {
        return property.getInternalName();
      }
    }
    return "";
  }

  private static List<File> signedFiles() throws IOException {
    Path folder = Files.createTempDirectory("plusofon-check");
    List<File> files = new ArrayList<>();
    for (String name : List.of("signed-1.pdf", "signed-2.pdf")) {
      Path path = folder.resolve(name);
      Files.write(path, ("%PDF-1.4 " + name).getBytes(StandardCharsets.US_ASCII));
      files.add(path.toFile());
    }
    return files;
  }

  public static void main(String[] args) throws IOException {
    ApiClient client = new ApiClient();
    client.updateBaseUri(System.getenv("PLUSOFON_BASE_URL"));
    // The native library does not apply the spec's security schemes: the headers go in here.
    String token = System.getenv("PLUSOFON_TOKEN");
    String clientId = System.getenv("PLUSOFON_CLIENT_ID");
    client.setRequestInterceptor(
        request -> request.header("Authorization", "Bearer " + token).header("Client", clientId));
    NumberApi numbers = new NumberApi(client);
    AgreementApi agreement = new AgreementApi(client);

    behaviour("filter", () -> {
      Map<String, Object> found = new LinkedHashMap<>();
      for (NumberPhoneType kind : List.of(NumberPhoneType.DEF, NumberPhoneType.ABC)) {
        List<String> types = new ArrayList<>();
        var filter = new NumberSearchRequest().phoneType(kind);
        for (NumberSearchItem item : numbers.searchNumbers(null, filter).getData()) {
          types.add(item.getPhoneType().getValue());
        }
        found.put(kind.getValue(), types);
      }
      return found;
    });
    behaviour("unfiltered", () -> Map.of("count", numbers.listNumbers(null, null).getData().size()));
    behaviour("upload", () -> {
      agreement.uploadSignedAgreement(signedFiles());
      return Map.of("sent", true);
    });
    String property = cyrillicProperty(client.getObjectMapper());
    behaviour("cyrillic", () -> {
      agreement.saveJurAgreement(
          new AgreementJurSaveRequest().name("РОМАЖЕЧКА").correspondentAccountCyrillic(ACCOUNT));
      String read = agreement.getJurAgreement().getAgreement().getCorrespondentAccountCyrillic();
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("property", property);
      result.put("read", read);
      return result;
    });
  }
}
