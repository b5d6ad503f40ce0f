// openapi-generator's `-g go` client (out/go) against the mock: one JSON line a behaviour.
// make generators-check copies this file to out/go/plusofon-check/ and builds it there, inside
// the generated module, with Go's standard library only (no module downloads).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	openapi "github.com/GIT_USER_ID/GIT_REPO_ID"
)

const account = "30101810400000000225"
const cyrillicKey = "\u0441orrespondent_account"

func report(behaviour string, result map[string]any) {
	result["behaviour"] = behaviour
	line, _ := json.Marshal(result)
	fmt.Println(string(line))
}

func failed(behaviour string, err error) {
	text := strings.SplitN(err.Error(), "\n", 2)[0]
	if api, ok := err.(*openapi.GenericOpenAPIError); ok {
		text += " " + strings.SplitN(string(api.Body()), "\n", 2)[0]
	}
	report(behaviour, map[string]any{"error": text})
}

// The Go field whose JSON key is the Cyrillic one: the README's --name-mappings names it.
func cyrillicField() string {
	kind := reflect.TypeOf(openapi.AgreementJurSaveRequest{})
	for i := 0; i < kind.NumField(); i++ {
		if strings.Split(kind.Field(i).Tag.Get("json"), ",")[0] == cyrillicKey {
			return kind.Field(i).Name
		}
	}
	return ""
}

func signedFiles() []*os.File {
	folder, err := os.MkdirTemp("", "plusofon-check")
	if err != nil {
		panic(err)
	}
	var files []*os.File
	for _, name := range []string{"signed-1.pdf", "signed-2.pdf"} {
		path := filepath.Join(folder, name)
		if err := os.WriteFile(path, []byte("%PDF-1.4 "+name), 0o600); err != nil {
			panic(err)
		}
		file, err := os.Open(path)
		if err != nil {
			panic(err)
		}
		files = append(files, file)
	}
	return files
}

func main() {
	configuration := openapi.NewConfiguration()
	configuration.Servers = openapi.ServerConfigurations{{URL: os.Getenv("PLUSOFON_BASE_URL")}}
	client := openapi.NewAPIClient(configuration)
	ctx := context.WithValue(context.Background(), openapi.ContextAccessToken, os.Getenv("PLUSOFON_TOKEN"))
	ctx = context.WithValue(ctx, openapi.ContextAPIKeys, map[string]openapi.APIKey{
		"clientId": {Key: os.Getenv("PLUSOFON_CLIENT_ID")},
	})

	found := map[string]any{}
	var filterErr error
	for _, kind := range []openapi.NumberPhoneType{"def", "abc"} {
		filter := openapi.NumberSearchRequest{}
		filter.SetPhoneType(kind)
		page, _, err := client.NumberAPI.SearchNumbers(ctx).NumberSearchRequest(filter).Execute()
		if err != nil {
			filterErr = err
			break
		}
		var types []string
		for _, item := range page.Data {
			types = append(types, string(item.PhoneType))
		}
		found[string(kind)] = types
	}
	if filterErr != nil {
		failed("filter", filterErr)
	} else {
		report("filter", found)
	}

	if page, _, err := client.NumberAPI.ListNumbers(ctx).Execute(); err != nil {
		failed("unfiltered", err)
	} else {
		report("unfiltered", map[string]any{"count": len(page.Data)})
	}

	if _, _, err := client.AgreementAPI.UploadSignedAgreement(ctx).Files(signedFiles()).Execute(); err != nil {
		failed("upload", err)
	} else {
		report("upload", map[string]any{"sent": true})
	}

	draft := openapi.AgreementJurSaveRequest{}
	draft.SetName("РОМАЖЕЧКА")
	draft.SetCorrespondentAccountCyrillic(account)
	if _, _, err := client.AgreementAPI.SaveJurAgreement(ctx).AgreementJurSaveRequest(draft).Execute(); err != nil {
		failed("cyrillic", err)
	} else if read, _, err := client.AgreementAPI.GetJurAgreement(ctx).Execute(); err != nil {
		failed("cyrillic", err)
	} else {
		report("cyrillic", map[string]any{
			"property": cyrillicField(),
			"read":     read.Agreement.GetCorrespondentAccountCyrillic(),
		})
	}
}
